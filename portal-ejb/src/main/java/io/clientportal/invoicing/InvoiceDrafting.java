package io.clientportal.invoicing;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.clients.Client;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Money;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.TenantPersistence;
import io.clientportal.work.TimeEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/**
 * Drafts: made from a client's approved, not yet invoiced hours in a period, then worded, completed with fixed-amount
 * lines, taxed, or discarded (which frees the hours again). Nothing here is seen by the client until it is issued.
 */
@Stateless
public class InvoiceDrafting {

    @Inject
    private TenantPersistence persistence;

    @Inject
    private InvoiceChange change;

    @Inject
    private Clock clock;

    public InvoiceDrafting() {
    }

    /** Outside the container: the tests hand in an EntityManager in a transaction of their own. */
    InvoiceDrafting(EntityManager em, InvoiceChange change, Clock clock) {
        this.persistence = new TenantPersistence(em);
        this.change = change;
        this.clock = clock;
    }

    /** Drafts the client's invoice for the period and marks its time billed; returns the draft's id. */
    public long draft(long clientId, DateRange period, BigDecimal taxPercent, Actor actor) {
        EntityManager em = persistence.em();
        if (taxPercent == null) {
            throw new Refused("taxRate", "Enter a tax rate in percent (0 for none).");
        }
        Invoice.TAX_RATE_DIGITS.check("taxRate", taxPercent);
        DateRange.SUPPORTED.check("periodStart", period.first());
        DateRange.SUPPORTED.check("periodEnd", period.last());
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new Refused("client", "No such client.");
        }
        List<TimeEntry> entries = em.createNamedQuery(TimeEntry.UNBILLED_OF_CLIENT, TimeEntry.class)
                .setParameter("clientId", clientId)
                .setParameter("first", period.first())
                .setParameter("last", period.last())
                .getResultList();
        if (entries.isEmpty()) {
            throw new Refused("period", "No approved, uninvoiced hours of " + client.getName() + " in this period.");
        }
        Invoice invoice;
        try {
            invoice = ApprovedTimeInvoicing.draft(client, period, persistence.tenant()
                    .getCurrency(), taxPercent, entries, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new Refused("taxRate", e.getMessage() + ".");
        }
        em.persist(invoice);
        em.flush();
        entries.forEach(entry -> entry.markBilled(invoice.getId()));
        change.audit(em, actor, AuditAction.INVOICE_DRAFTED, invoice);
        return invoice.getId();
    }

    public void describeLine(long invoiceId, int lineNo, String description, Actor actor) {
        String text = requireText(description);
        change.apply(persistence.em(), invoiceId, actor, AuditAction.INVOICE_EDITED,
                invoice -> invoice.describeLine(lineNo, text));
    }

    /** Adds a line of a fixed amount (a licence, an expense) that bills no hours. */
    public void addFixedLine(long invoiceId, String description, Money amount, Actor actor) {
        String text = requireText(description);
        if (amount == null || amount.isNegative() || amount.compareTo(Money.ZERO) == 0) {
            throw new Refused("amount", "A line's amount is more than zero.");
        }
        change.apply(persistence.em(), invoiceId, actor, AuditAction.INVOICE_EDITED,
                invoice -> invoice.addLine(null, text, null, null, amount));
    }

    public void removeLine(long invoiceId, int lineNo, Actor actor) {
        change.apply(persistence.em(), invoiceId, actor, AuditAction.INVOICE_EDITED,
                invoice -> invoice.removeLine(lineNo));
    }

    public void changeTaxRate(long invoiceId, BigDecimal percent, Actor actor) {
        if (percent == null) {
            throw new Refused("taxRate", "Enter a tax rate in percent.");
        }
        Invoice.TAX_RATE_DIGITS.check("taxRate", percent);
        change.apply(persistence.em(), invoiceId, actor, AuditAction.INVOICE_EDITED,
                invoice -> invoice.applyTaxRate(percent));
    }

    /** Deletes the draft and frees its hours for the next one. */
    public void discard(long invoiceId, Actor actor) {
        EntityManager em = persistence.em();
        Invoice invoice = change.apply(em, invoiceId, actor, AuditAction.INVOICE_DISCARDED, draft -> {
            if (!draft.isDraft()) {
                throw new IllegalStateException("Only a draft can be discarded; an issued invoice is voided");
            }
        });
        change.releaseTime(em, invoice);
        em.remove(invoice);
    }

    private static String requireText(String description) {
        if (description == null || description.isBlank()) {
            throw new Refused("description", "A line needs a description.");
        }
        if (description.length() > 1000) {
            throw new Refused("description", "A line's description has at most 1000 characters.");
        }
        return description.strip();
    }
}
