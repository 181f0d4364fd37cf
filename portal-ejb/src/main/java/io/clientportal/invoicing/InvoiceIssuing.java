package io.clientportal.invoicing;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * Issues a draft: it takes the tenant's next number, its dates, and from then on its lines never change. The client's
 * contacts are told in the same transaction (through {@link InvoiceIssued}), so a notice never announces an invoice
 * that did not commit.
 */
@Stateless
public class InvoiceIssuing {

    @Inject
    private TenantPersistence persistence;

    @Inject
    private InvoiceChange change;

    @Inject
    private InvoiceNumbering numbering;

    @Inject
    private Event<InvoiceIssued> issued;

    public InvoiceIssuing() {
    }

    /** Outside the container: the tests hand in an EntityManager in a transaction of their own, one per thread. */
    InvoiceIssuing(EntityManager em, InvoiceChange change, InvoiceNumbering numbering, Event<InvoiceIssued> issued) {
        this.persistence = new TenantPersistence(em);
        this.change = change;
        this.numbering = numbering;
        this.issued = issued;
    }

    /** Issues the draft and returns its number. */
    public String issue(long invoiceId, LocalDate issuedOn, LocalDate dueOn, Actor actor) {
        EntityManager em = persistence.em();
        if (issuedOn == null || dueOn == null) {
            throw new Refused(issuedOn == null ? "issueDate" : "dueDate", "Enter the issue and due dates.");
        }
        DateRange.SUPPORTED.check("issueDate", issuedOn);
        DateRange.SUPPORTED.check("dueDate", dueOn);
        if (dueOn.isBefore(issuedOn)) {
            throw new Refused("dueDate", "The due date cannot be before the issue date.");
        }
        // The number is taken first: its lock orders concurrent issues of the same draft, so the second one reads the
        // draft as the first left it (issued) and is refused instead of issuing it twice.
        Tenant owner = persistence.tenant();
        String number = numbering.next(em, owner, issuedOn);
        Invoice invoice = change.find(em, invoiceId);
        if (!invoice.isDraft()) {
            throw new Refused("Only a draft can be issued; " + invoice.label() + " is " + invoice.getStatus() + ".");
        }
        if (invoice.getLines().isEmpty()) {
            throw new Refused("An invoice without lines cannot be issued.");
        }
        invoice.issue(number, issuedOn, dueOn);
        change.audit(em, actor, AuditAction.INVOICE_ISSUED, invoice);
        issued.fire(new InvoiceIssued(invoice.getId(), invoice.getClient().getId()));
        return number;
    }
}
