package io.clientportal.audit;

import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Reads a tenant's audit log for its admins. */
@Stateless
public class AuditTrail {

    @Inject
    private TenantPersistence persistence;

    @Inject
    private AuditLog log;

    public List<AuditEvent> latest(int max) {
        return log.latest(persistence.em(), max);
    }
}
