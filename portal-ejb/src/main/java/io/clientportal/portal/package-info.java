/**
 * The portal read model: everything a client's contact may ever read, and nothing more. Its entities are read-only,
 * mapped on the {@code portal_*} views (only open and paid invoices, only client projects, only approved billable time,
 * no rate or cost column) and discriminated on both the tenant and the portal client, so a query that forgets a filter
 * still cannot reach another client's rows. The scope ({@link io.clientportal.portal.PortalScope}) comes from the
 * signed-in contact, never from a request parameter, and only {@link io.clientportal.portal.PortalPersistence} puts it
 * on an EntityManager. The read model depends on tenancy and the kernel only: it must not
 * reach the agency-side entities, which carry rates. The invoice PDF adds the agency's and the client's billing
 * details (tenancy, clients: no rates there) and renders them with the template of the jasper-reports module.
 */
package io.clientportal.portal;
