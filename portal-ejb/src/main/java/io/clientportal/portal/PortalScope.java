package io.clientportal.portal;

import io.clientportal.tenancy.CallerScope;
import io.clientportal.tenancy.TenantScope;
import jakarta.persistence.EntityManager;

/**
 * The tenant and the client a contact reads for: the two discriminators of every portal entity. It reaches the
 * EntityManager through {@link PortalPersistence} only.
 */
public record PortalScope(long tenantId, long clientId) {

    /** The EntityManager property EclipseLink reads the client discriminator from. */
    public static final String CLIENT_PROPERTY = "portal.client-id";

    public PortalScope {
        new TenantScope(tenantId);
        if (clientId <= 0) {
            throw new IllegalArgumentException("Not a client id: " + clientId);
        }
    }

    /** A contact of this client as a caller: the scope {@link PortalPersistence} reads for. */
    public CallerScope caller() {
        return CallerScope.contact(new TenantScope(tenantId), clientId);
    }
}
