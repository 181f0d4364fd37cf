package io.clientportal.portal;

import io.clientportal.kernel.QueryFilter;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A client's invoices as its contacts read them. Every method takes the contact's {@link PortalScope} and reads only
 * the scoped read model, so no filter written here is what keeps another client's invoices out: the discriminators
 * are. Two statements per list page, whatever the page size: the count and the page.
 */
@Stateless
public class PortalInvoices {

    @Inject
    private PortalPersistence persistence;

    public PortalInvoices() {
    }

    /** Outside the container: the tests hand in an EntityManager of their own. */
    PortalInvoices(EntityManager em) {
        this.persistence = new PortalPersistence(new TenantPersistence(em));
    }

    public InvoicePage list(InvoiceQuery query, LocalDate today) {
        EntityManager em = persistence.em();
        QueryFilter filter = filter(query, today);
        long total = filter.query(em, "select count(i) from PortalInvoice i", "", Long.class).getSingleResult();
        List<PortalInvoice> rows = filter.query(em, "select i from PortalInvoice i",
                        query.sort().orderBy(query.ascending()), PortalInvoice.class)
                .setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
        return new InvoicePage(rows, total);
    }

    /** An invoice with its lines and the hours it billed, in one transaction; empty for one outside the scope. */
    public Optional<InvoiceWithTime> withTime(long invoiceId) {
        return find(invoiceId).map(invoice -> new InvoiceWithTime(invoice, lines(invoiceId), billedTime(invoiceId)));
    }

    public Optional<PortalInvoice> find(long invoiceId) {
        return Optional.ofNullable(persistence.em().find(PortalInvoice.class, invoiceId));
    }

    /** The invoice's lines; empty for an invoice outside the scope. */
    public List<PortalInvoiceLine> lines(long invoiceId) {
        return persistence.em().createQuery("select l from PortalInvoiceLine l where l.invoiceId = :invoice "
                        + "order by l.lineNo", PortalInvoiceLine.class)
                .setParameter("invoice", invoiceId)
                .getResultList();
    }

    /** The approved entries an invoice billed, by date: the hours behind its lines. */
    public List<PortalApprovedTime> billedTime(long invoiceId) {
        return persistence.em().createQuery("select t from PortalApprovedTime t join fetch t.project "
                        + "where t.invoiceId = :invoice order by t.workDate, t.id", PortalApprovedTime.class)
                .setParameter("invoice", invoiceId)
                .getResultList();
    }

    private static QueryFilter filter(InvoiceQuery query, LocalDate today) {
        QueryFilter filter = new QueryFilter();
        switch (query.status()) {
            case OPEN -> filter.where("i.status = 'OPEN'");
            case PAID -> filter.where("i.status = 'PAID'");
            case OVERDUE -> filter.where("i.status = 'OPEN'").where("i.dueDate < :today", "today", today);
            case ALL -> { }
        }
        return filter.within("i.issueDate", query.issued());
    }

    /** What the invoice page shows. */
    public record InvoiceWithTime(PortalInvoice invoice, List<PortalInvoiceLine> lines,
                                  List<PortalApprovedTime> billedTime) {
    }
}
