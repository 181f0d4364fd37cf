/**
 * Tenants (agencies, each on its own subdomain, plus the platform itself) and the tenant scope that every
 * tenant-owned entity is discriminated by. Other features depend on this package; it depends only on the kernel.
 *
 * <p>Isolation between tenants is EclipseLink single-table multitenancy: {@link io.clientportal.tenancy.TenantOwned}
 * adds {@code tenant_id = :scope} to every read, bulk update and delete, and fills the column on insert. An
 * EntityManager without a scope fails on read and the NOT NULL column fails the insert.
 *
 * <p>Scoping happens in one place. The web layer binds the {@link io.clientportal.tenancy.CallerScope} once per
 * request; work without a caller (timers, the outbox, demo data, sign-in, asynchronous work) names its scope with
 * {@link io.clientportal.tenancy.ScopedWork}. Services get their EntityManager from
 * {@link io.clientportal.tenancy.TenantPersistence} (the portal's from {@code portal.PortalPersistence}), already
 * scoped to that caller; no other class holds a persistence context ({@code ScopingRuleTest}).
 */
package io.clientportal.tenancy;
