/**
 * Tenants (agencies, each on its own subdomain, plus the platform itself) and the tenant scope that every
 * tenant-owned entity is discriminated by. Other features depend on this package; it depends only on the kernel.
 *
 * <p>Isolation between tenants is EclipseLink single-table multitenancy: {@link io.clientportal.tenancy.TenantOwned}
 * adds {@code tenant_id = :scope} to every read, bulk update and delete, and fills the column on insert. An
 * EntityManager without a scope fails on read and the NOT NULL column fails the insert.
 */
package io.clientportal.tenancy;
