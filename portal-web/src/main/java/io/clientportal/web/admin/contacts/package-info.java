/** {@code /admin/contacts/}: an admin invites, re-invites, deactivates and reactivates a client's contacts. */
package io.clientportal.web.admin.contacts;
