/**
 * The integration API's use cases: the agency's own system creates or updates clients, projects, people, time
 * entries and invoices by the ids it knows them by (external ids, unique per tenant), idempotently, and lists them a
 * page at a time. Every change goes through the back office's services (clients, work, invoicing), so the same rules
 * and the same audit apply; this package adds the external ids, the "nothing changed" answer and views free of
 * entities.
 */
package io.clientportal.integration;
