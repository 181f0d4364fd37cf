/**
 * The client portal under {@code /portal}: the landing page, invoices (list, detail, PDF download) and approved hours.
 * Every bean here reads in the signed-in contact's scope, which the request is bound to once
 * ({@link io.clientportal.web.signin.CallerScopeFilter}), never through an id of a client taken from the request.
 */
package io.clientportal.web.portal;
