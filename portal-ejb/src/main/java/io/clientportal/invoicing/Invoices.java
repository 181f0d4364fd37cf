package io.clientportal.invoicing;

import io.clientportal.kernel.QueryFilter;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The agency's invoices, as its staff reach them. */
@Stateless
public class Invoices {

    @Inject
    private TenantPersistence persistence;

    public Invoices() {
    }

    /** Outside the container: the tests hand in an EntityManager of their own. */
    Invoices(EntityManager em) {
        this.persistence = new TenantPersistence(em);
    }

    /**
     * One page of the tenant's invoices, newest first (drafts, which have no issue date yet, on top), optionally of one
     * status and one client, and how many there are in all: two statements, no transaction. The order is the one
     * index {@code invoice_list_ix} holds, so a page is read, not sorted out of all the invoices. Overdue is judged
     * against the agency's today, which the caller knows.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public InvoiceListPage list(InvoiceStatus status, Long clientId, LocalDate today, int first,
                                int max) {
        QueryFilter filter = new QueryFilter()
                .where("i.status = :status", "status", status)
                .where("i.client.id = :clientId", "clientId", clientId);
        EntityManager scoped = persistence.em();
        long count = filter.query(scoped, "select count(i) from Invoice i", "", Long.class).getSingleResult();
        List<InvoiceRow> rows = filter.query(scoped, "select i from Invoice i join fetch i.client",
                        " order by i.issueDate desc nulls first, i.number desc nulls first, i.id desc", Invoice.class)
                .setFirstResult(first).setMaxResults(max).getResultStream()
                .map(invoice -> InvoiceRow.of(invoice, today)).toList();
        return new InvoiceListPage(rows, count);
    }

    /** An invoice of this tenant with its lines; empty for another tenant's or a missing one. */
    public Optional<InvoiceWithLines> find(long invoiceId, LocalDate today) {
        return Optional.ofNullable(persistence.em().find(Invoice.class, invoiceId))
                .map(invoice -> InvoiceWithLines.of(invoice, today));
    }

    /**
     * The tax rate of the agency's latest invoice, the likeliest for its next one; zero before its first. Read from
     * the end of index {@code invoice_created_ix}: one row, not a scan.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public BigDecimal lastTaxRate() {
        return persistence.em().createQuery("select i.taxRate from Invoice i order by i.createdAt desc, i.id desc",
                        BigDecimal.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(BigDecimal.ZERO);
    }

    /** The client an invoice of this tenant is addressed to; empty for another tenant's or a missing invoice. */
    public Optional<Long> clientOf(long invoiceId) {
        return Optional.ofNullable(persistence.em().find(Invoice.class, invoiceId))
                .map(invoice -> invoice.getClient().getId());
    }
}
