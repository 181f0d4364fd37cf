package io.clientportal.audit;

import io.clientportal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One audited event. Never changed once written. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.LATEST, query = "select e from AuditEvent e order by e.occurredAt desc, e.id desc")
public class AuditEvent extends TenantOwned {

    public static final String LATEST = "AuditEvent.latest";

    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    private String action;
    private String subject;
    @Column(name = "client_address")
    private String clientAddress;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, AuditAction action, String subject, String clientAddress) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = action.name();
        this.subject = subject;
        this.clientAddress = clientAddress;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
