package io.clientportal.integration;

import io.clientportal.audit.Actor;
import io.clientportal.clients.Client;
import io.clientportal.invoicing.Invoice;
import io.clientportal.invoicing.InvoiceDrafting;
import io.clientportal.invoicing.InvoiceIssuing;
import io.clientportal.invoicing.InvoiceClosing;
import io.clientportal.invoicing.InvoiceStatus;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Money;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Invoices by the agency system's ids, through the back office's drafting, issuing and settlement, so the same rules
 * hold (issuing takes the next number and notifies the client's contacts). Each step is idempotent: asking again for
 * a state the invoice already has, with the same data, changes nothing; asking for another is refused.
 */
@Stateless
public class InvoiceSync {

    @Inject
    private TenantPersistence persistence;

    @EJB
    private InvoiceDrafting drafting;

    @EJB
    private InvoiceIssuing issuing;

    @EJB
    private InvoiceClosing settlement;

    @Inject
    private ExternalIds externalIds;

    /** Drafts the client's invoice of the period from its approved, uninvoiced time; or changes a draft's tax rate. */
    public Synced<InvoiceView> draft(String externalId, String clientExternalId,
                                     DateRange period, BigDecimal taxRate, Actor actor) {
        EntityManager em = persistence.em();
        ExternalIds.check("externalId", externalId);
        Client client = externalIds.require(em, Client.class, "client", clientExternalId);
        Optional<Invoice> existing = externalIds.find(em, Invoice.class, externalId);
        if (existing.isEmpty()) {
            long id = drafting.draft(client.getId(), period, taxRate == null ? BigDecimal.ZERO : taxRate,
                    actor);
            Invoice invoice = em.find(Invoice.class, id);
            invoice.setExternalId(externalId);
            return new Synced<>(InvoiceView.of(invoice), Outcome.CREATED);
        }
        Invoice invoice = existing.get();
        if (!invoice.getClient().equals(client) || !invoice.getPeriod().equals(period)) {
            throw new Refused("Invoice " + externalId + " was drafted for another client or period; "
                    + "use another external id.");
        }
        if (taxRate == null || invoice.getTaxRate().compareTo(taxRate) == 0) {
            return new Synced<>(InvoiceView.of(invoice), Outcome.UNCHANGED);
        }
        drafting.changeTaxRate(invoice.getId(), taxRate, actor);
        return new Synced<>(InvoiceView.of(invoice), Outcome.UPDATED);
    }

    public Synced<InvoiceView> issue(String externalId, LocalDate issueDate, LocalDate dueDate,
                                     Actor actor) {
        Invoice invoice = require(externalId);
        boolean issuedSo = !invoice.isDraft() && invoice.getStatus() != InvoiceStatus.VOID
                && Objects.equals(invoice.getIssueDate(), issueDate) && Objects.equals(invoice.getDueDate(), dueDate);
        if (issuedSo) {
            return new Synced<>(InvoiceView.of(invoice), Outcome.UNCHANGED);
        }
        issuing.issue(invoice.getId(), issueDate, dueDate, actor);
        return new Synced<>(InvoiceView.of(invoice), Outcome.UPDATED);
    }

    public Synced<InvoiceView> markPaid(String externalId, Money amount, LocalDate paidOn,
                                        Actor actor) {
        Invoice invoice = require(externalId);
        if (invoice.getStatus() == InvoiceStatus.PAID && invoice.getAmountPaid().equals(amount)) {
            return new Synced<>(InvoiceView.of(invoice), Outcome.UNCHANGED);
        }
        settlement.markPaid(invoice.getId(), amount, paidOn, actor);
        return new Synced<>(InvoiceView.of(invoice), Outcome.UPDATED);
    }

    public Synced<InvoiceView> voidInvoice(String externalId, Actor actor) {
        Invoice invoice = require(externalId);
        if (invoice.getStatus() == InvoiceStatus.VOID) {
            return new Synced<>(InvoiceView.of(invoice), Outcome.UNCHANGED);
        }
        settlement.voidInvoice(invoice.getId(), actor);
        return new Synced<>(InvoiceView.of(invoice), Outcome.UPDATED);
    }

    public Optional<InvoiceView> get(String externalId) {
        return externalIds.find(persistence.em(), Invoice.class, externalId).map(InvoiceView::of);
    }

    public Page<InvoiceView> list(PageRequest page) {
        EntityManager em = persistence.em();
        return Page.of(em.createQuery("select i from Invoice i join fetch i.client order by i.id", Invoice.class),
                em.createQuery("select count(i) from Invoice i", Long.class), page, InvoiceView::of);
    }

    private Invoice require(String externalId) {
        return externalIds.find(persistence.em(), Invoice.class, externalId)
                .orElseThrow(() -> new NotFound("No invoice has the external id " + externalId + "."));
    }
}
