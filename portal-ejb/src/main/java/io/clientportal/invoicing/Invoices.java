package io.clientportal.invoicing;

import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The agency's invoices, as its staff reach them. */
@Stateless
public class Invoices {

    /** The most rows one list shows: the filters narrow it down, a year of a busy agency still fits. */
    public static final int MAX_ROWS = 500;

    @Inject
    private TenantPersistence persistence;

    /**
     * The tenant's invoices, newest first (drafts on top), optionally of one status and one client. Overdue is
     * judged against the agency's today, which the caller knows.
     */
    public List<InvoiceRow> list(InvoiceStatus status, Long clientId, LocalDate today) {
        StringBuilder jpql = new StringBuilder("select i from Invoice i join fetch i.client c where 1 = 1");
        if (status != null) {
            jpql.append(" and i.status = :status");
        }
        if (clientId != null) {
            jpql.append(" and c.id = :clientId");
        }
        jpql.append(" order by case when i.number is null then 0 else 1 end, i.issueDate desc, i.number desc,"
                + " i.id desc");
        TypedQuery<Invoice> query = persistence.em().createQuery(jpql.toString(), Invoice.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (clientId != null) {
            query.setParameter("clientId", clientId);
        }
        return query.setMaxResults(MAX_ROWS).getResultStream().map(invoice -> InvoiceRow.of(invoice, today))
                .toList();
    }

    /** An invoice of this tenant with its lines; empty for another tenant's or a missing one. */
    public Optional<InvoiceDetails> find(long invoiceId, LocalDate today) {
        return Optional.ofNullable(persistence.em().find(Invoice.class, invoiceId))
                .map(invoice -> InvoiceDetails.of(invoice, today));
    }

    /** The tax rate of the agency's latest invoice, the likeliest for its next one; zero before its first. */
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
