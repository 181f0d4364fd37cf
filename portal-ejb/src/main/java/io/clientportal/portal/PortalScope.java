package io.clientportal.portal;

import io.clientportal.tenancy.TenantScope;
import jakarta.persistence.EntityManager;

/** The tenant and the client a contact reads for: the two discriminators of every portal entity. */
public record PortalScope(long tenantId, long clientId) {

    /** The EntityManager property EclipseLink reads the client discriminator from. */
    public static final String CLIENT_PROPERTY = "portal.client-id";

    public PortalScope {
        new TenantScope(tenantId);
        if (clientId <= 0) {
            throw new IllegalArgumentException("Not a client id: " + clientId);
        }
    }

    /**
     * Scopes the EntityManager to this tenant and client, before its first query, and on PostgreSQL binds the scope to
     * its transaction as well (see {@link DatabaseScope}).
     */
    public EntityManager applyTo(EntityManager em) {
        new TenantScope(tenantId).applyTo(em);
        TenantScope.scope(em, CLIENT_PROPERTY, clientId);
        DatabaseScope.bind(em, this);
        return em;
    }
}
