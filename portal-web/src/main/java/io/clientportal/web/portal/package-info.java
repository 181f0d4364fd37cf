/**
 * The client portal under {@code /portal}: the landing page, invoices (list, detail, PDF download) and approved hours.
 * Every bean here reads through the signed-in contact's {@link io.clientportal.portal.PortalScope}, never through an
 * id of a client taken from the request.
 */
package io.clientportal.web.portal;
