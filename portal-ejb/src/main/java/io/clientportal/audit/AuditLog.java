package io.clientportal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/**
 * Records events on the caller's tenant-scoped EntityManager, in the caller's transaction: an audited change and its
 * audit entry commit or fail together.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    private Clock clock;

    public AuditLog() {
    }

    /** An audit log outside the container, as tests run services on their own EntityManager. */
    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    public void record(EntityManager tenantScoped, String actor, AuditAction action, String subject,
                       String clientAddress) {
        tenantScoped.persist(new AuditEvent(clock.instant(), actor, action, subject, clientAddress));
    }

    public List<AuditEvent> latest(EntityManager tenantScoped, int max) {
        return tenantScoped.createNamedQuery(AuditEvent.LATEST, AuditEvent.class).setMaxResults(max).getResultList();
    }
}
