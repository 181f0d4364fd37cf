package io.clientportal.portal;

import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a contact sees first: what is owed, what is overdue, this month's approved hours, the latest invoices. */
@Stateless
public class PortalSummary {

    private static final int LATEST = 5;

    @Inject
    private PortalPersistence persistence;

    public PortalSummary() {
    }

    /** Outside the container: the tests hand in an EntityManager of their own. */
    PortalSummary(EntityManager em) {
        this.persistence = new PortalPersistence(new TenantPersistence(em));
    }

    /** The landing page's figures, in three statements. */
    public Landing landing(LocalDate today) {
        EntityManager em = persistence.em();
        Object[] open = em.createQuery("select coalesce(sum(i.total), 0) - coalesce(sum(i.amountPaid), 0), "
                        + "coalesce(sum(case when i.dueDate < :today then 1 else 0 end), 0) "
                        + "from PortalInvoice i where i.status = 'OPEN'", Object[].class)
                .setParameter("today", today)
                .getSingleResult();
        DateRange month = DateRange.month(today);
        BigDecimal hours = em.createQuery("select coalesce(sum(t.hours), 0) from PortalApprovedTime t "
                        + "where t.workDate between :first and :last", BigDecimal.class)
                .setParameter("first", month.first())
                .setParameter("last", month.last())
                .getSingleResult();
        List<PortalInvoice> latest = em.createQuery("select i from PortalInvoice i order by i.issueDate desc, i.id desc",
                PortalInvoice.class).setMaxResults(LATEST).getResultList();
        return new Landing(new Money(toDecimal(open[0])), ((Number) open[1]).longValue(), new Hours(hours), latest);
    }

    private static BigDecimal toDecimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    /** The landing page's content. */
    public record Landing(Money outstanding, long overdueInvoices, Hours approvedHoursThisMonth,
                          List<PortalInvoice> latestInvoices) {
    }
}
