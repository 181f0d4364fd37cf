package io.clientportal.portal;

import io.clientportal.tenancy.CallerScope;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The one owner of the portal read model's persistence: {@link #em()} is the transaction's EntityManager scoped to
 * the calling contact's tenant and client, and on PostgreSQL the scope is bound to the transaction as well (see
 * {@link DatabaseScope}). A caller who is no client's contact has no portal and is refused.
 */
@Dependent
public class PortalPersistence {

    @Inject
    private TenantPersistence tenants;

    public PortalPersistence() {
    }

    /** Outside the container: the tests hand in an EntityManager of their own. */
    public PortalPersistence(TenantPersistence tenants) {
        this.tenants = tenants;
    }

    public EntityManager em() {
        PortalScope scope = scope();
        EntityManager em = TenantPersistence.scope(tenants.em(), PortalScope.CLIENT_PROPERTY, scope.clientId());
        DatabaseScope.bind(em, scope);
        return em;
    }

    /** The calling contact's tenant and client. */
    public PortalScope scope() {
        CallerScope caller = CallerScope.require();
        return new PortalScope(caller.tenant().tenantId(), caller.portalClient().orElseThrow(
                () -> new IllegalStateException("Only a client's contact reads the portal")));
    }
}
