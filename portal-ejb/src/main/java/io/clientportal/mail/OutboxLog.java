package io.clientportal.mail;

import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads a tenant's outbox for its admins: who was mailed what, and whether it went out. */
@Stateless
public class OutboxLog {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private Outbox outbox;

    public List<OutboxMessage> latest(TenantScope tenant, int max) {
        return outbox.latest(tenant.applyTo(em), max);
    }
}
