package io.clientportal.invoicing;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.kernel.Refused;
import io.clientportal.work.TimeEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;

/**
 * The steps every change of an invoice shares: find it in the tenant (another tenant's id is simply not there), apply
 * the change with the domain's refusals turned into messages for the person who asked, and audit it.
 */
@ApplicationScoped
class InvoiceChange {

    @Inject
    private AuditLog audit;

    InvoiceChange() {
    }

    /** Outside the container: the tests hand in the audit log. */
    InvoiceChange(AuditLog audit) {
        this.audit = audit;
    }

    Invoice find(EntityManager em, long invoiceId) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null) {
            throw new Refused("invoice", "No such invoice.");
        }
        return invoice;
    }

    /** Applies a change to an invoice of the tenant and records it under the invoice's label. */
    Invoice apply(EntityManager em, long invoiceId, Actor actor, AuditAction action,
                  Consumer<Invoice> change) {
        Invoice invoice = find(em, invoiceId);
        try {
            change.accept(invoice);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new Refused(e.getMessage() + ".");
        }
        audit(em, actor, action, invoice);
        return invoice;
    }

    void audit(EntityManager em, Actor actor, AuditAction action, Invoice invoice) {
        audit.record(em, actor.name(), action, invoice.label() + " (" + invoice.getClient().getName() + ")",
                actor.address());
    }

    /** Frees the time an invoice charged, so the next invoice of the client can charge it. */
    void releaseTime(EntityManager em, Invoice invoice) {
        em.createNamedQuery(TimeEntry.BILLED_BY, TimeEntry.class).setParameter("invoiceId", invoice.getId())
                .getResultStream()
                .forEach(entry -> entry.releaseFrom(invoice.getId()));
    }
}
