/**
 * The agency's own pages under {@code /admin}: for staff and admins, with contact management and the audit log for
 * admins only (web.xml). Sub-packages mirror the URL paths.
 */
package io.clientportal.web.admin;
