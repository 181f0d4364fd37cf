package io.clientportal.tenancy;

import jakarta.persistence.EntityManager;

/**
 * The tenant an EntityManager works for. It comes from the request's host (or a signed-in identity), never from a
 * request parameter, and reaches the EntityManager through {@link CallerScope} and {@link TenantPersistence} only.
 */
public record TenantScope(long tenantId) {

    /** The EntityManager property EclipseLink reads the tenant discriminator from. */
    public static final String PROPERTY = "portal.tenant-id";

    public TenantScope {
        if (tenantId <= 0) {
            throw new IllegalArgumentException("Not a tenant id: " + tenantId);
        }
    }
}
