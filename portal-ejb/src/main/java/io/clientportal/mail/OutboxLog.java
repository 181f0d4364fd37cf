package io.clientportal.mail;

import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Reads a tenant's outbox for its admins: who was mailed what, and whether it went out. */
@Stateless
public class OutboxLog {

    @Inject
    private TenantPersistence persistence;

    @EJB
    private Outbox outbox;

    public List<OutboxMessage> latest(int max) {
        return outbox.latest(persistence.em(), max);
    }
}
