/** {@code /admin/audit.xhtml}: the agency's audit log, newest first, for admins. */
package io.clientportal.web.admin.audit;
