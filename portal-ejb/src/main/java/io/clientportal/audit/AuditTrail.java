package io.clientportal.audit;

import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads a tenant's audit log for its admins. */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog log;

    public List<AuditEvent> latest(TenantScope tenant, int max) {
        return log.latest(tenant.applyTo(em), max);
    }
}
