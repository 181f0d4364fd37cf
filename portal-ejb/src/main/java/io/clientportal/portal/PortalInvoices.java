package io.clientportal.portal;

import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
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
        Conditions conditions = conditions(query, today);
        TypedQuery<Long> count = em.createQuery("select count(i) from PortalInvoice i" + conditions.where, Long.class);
        TypedQuery<PortalInvoice> page = em.createQuery("select i from PortalInvoice i" + conditions.where
                + query.sort().orderBy(query.ascending()), PortalInvoice.class);
        conditions.bind(count);
        conditions.bind(page);
        List<PortalInvoice> rows = page.setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultList();
        return new InvoicePage(rows, count.getSingleResult());
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

    private static Conditions conditions(InvoiceQuery query, LocalDate today) {
        Conditions conditions = new Conditions();
        switch (query.status()) {
            case OPEN -> conditions.add("i.status = 'OPEN'");
            case PAID -> conditions.add("i.status = 'PAID'");
            case OVERDUE -> conditions.add("i.status = 'OPEN' and i.dueDate < :today", "today", today);
            case ALL -> { }
        }
        if (query.issued() != null) {
            conditions.add("i.issueDate >= :first", "first", query.issued().first());
            conditions.add("i.issueDate <= :last", "last", query.issued().last());
        }
        return conditions;
    }

    /** A WHERE clause built from fixed fragments and bound parameters only: no user text ever enters the JPQL. */
    private static final class Conditions {

        private final List<String> clauses = new ArrayList<>();
        private final List<Object[]> parameters = new ArrayList<>();
        private String where = "";

        void add(String clause, Object... nameAndValue) {
            clauses.add(clause);
            if (nameAndValue.length == 2) {
                parameters.add(nameAndValue);
            }
            where = " where " + String.join(" and ", clauses);
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(p -> query.setParameter((String) p[0], p[1]));
        }
    }
}
