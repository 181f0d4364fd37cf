/** The admin page of the integration API's keys ({@code /admin/api-keys.xhtml}, admins only). */
package io.clientportal.web.admin.apikeys;
