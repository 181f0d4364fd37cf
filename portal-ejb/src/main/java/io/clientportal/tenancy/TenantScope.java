package io.clientportal.tenancy;

import jakarta.persistence.EntityManager;

/**
 * The tenant an EntityManager works for. It is set once, before the first query, and comes from the request's host
 * (or a signed-in identity), never from a request parameter.
 */
public record TenantScope(long tenantId) {

    /** The EntityManager property EclipseLink reads the tenant discriminator from. */
    public static final String PROPERTY = "portal.tenant-id";

    public TenantScope {
        if (tenantId <= 0) {
            throw new IllegalArgumentException("Not a tenant id: " + tenantId);
        }
    }

    /**
     * Scopes the EntityManager (for container-managed ones: the one of the current transaction) to this tenant.
     * An EntityManager that already works for another tenant is refused: EclipseLink would silently switch it, with
     * the first tenant's objects still in its persistence context.
     */
    public EntityManager applyTo(EntityManager em) {
        return scope(em, PROPERTY, tenantId);
    }

    /** Sets one scope property, refusing to change a value the EntityManager already has. */
    public static EntityManager scope(EntityManager em, String property, long value) {
        Object current = em.getProperties().get(property);
        if (current != null && !current.equals(value)) {
            throw new IllegalStateException("This EntityManager is already scoped to another " + property);
        }
        em.setProperty(property, value);
        return em;
    }
}
