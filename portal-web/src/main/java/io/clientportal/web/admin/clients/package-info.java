/** The back office's client pages ({@code /admin/clients/}): the list, and one client's details with its contacts. */
package io.clientportal.web.admin.clients;
