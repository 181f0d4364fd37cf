package io.clientportal.web.admin.audit;

import io.clientportal.audit.AuditEvent;
import io.clientportal.audit.AuditTrail;
import io.clientportal.identity.AccountIdentity;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The latest audit events of the admin's agency. */
@Named
@RequestScoped
public class AuditLogBacking {

    private static final int SHOWN = 200;

    @EJB
    private AuditTrail trail;

    @Inject
    private AccountIdentity signedIn;

    public List<AuditEvent> getEvents() {
        return trail.latest(SHOWN);
    }
}
