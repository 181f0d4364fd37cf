package io.clientportal.portal;

import io.clientportal.kernel.Hours;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * A client's approved hours: totals per project and the entries behind them, for a range of dates. These are the
 * entries invoices bill, so the totals agree with the invoices' hours. Reads the scoped read model only.
 */
@Stateless
public class PortalHours {

    @Inject
    private PortalPersistence persistence;

    public PortalHours() {
    }

    /** Outside the container: the tests hand in an EntityManager of their own. */
    PortalHours(EntityManager em) {
        this.persistence = new PortalPersistence(new TenantPersistence(em));
    }

    /** The client's projects, for choosing one. */
    public List<PortalProject> projects() {
        return persistence.em().createQuery("select p from PortalProject p order by p.name", PortalProject.class)
                .getResultList();
    }

    /** The page in one transaction: the database binds the portal scope once for all its reads. */
    public HoursPage page(HoursQuery query, int first, int pageSize) {
        return new HoursPage(totals(query), countEntries(query), entries(query, first, pageSize));
    }

    public List<ProjectHours> totals(HoursQuery query) {
        TypedQuery<Object[]> totals = persistence.em().createQuery("select t.project.id, t.project.name, sum(t.hours) "
                + "from PortalApprovedTime t" + where(query) + " group by t.project.id, t.project.name "
                + "order by t.project.name", Object[].class);
        return bind(totals, query).getResultStream()
                .map(row -> new ProjectHours((Long) row[0], (String) row[1], new Hours((BigDecimal) row[2])))
                .toList();
    }

    public long countEntries(HoursQuery query) {
        return bind(persistence.em().createQuery("select count(t) from PortalApprovedTime t" + where(query),
                Long.class), query).getSingleResult();
    }

    /** One page of the entries, by date; the project comes in the same statement. */
    public List<PortalApprovedTime> entries(HoursQuery query, int first, int pageSize) {
        return entriesQuery(query).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /** Every entry of the range, one at a time, for an export that must not hold them all in memory. */
    public void eachEntry(HoursQuery query, Consumer<PortalApprovedTime> sink) {
        entriesQuery(query).getResultStream().forEach(sink);
    }

    private TypedQuery<PortalApprovedTime> entriesQuery(HoursQuery query) {
        return bind(persistence.em().createQuery("select t from PortalApprovedTime t join fetch t.project"
                + where(query) + " order by t.workDate, t.id", PortalApprovedTime.class), query);
    }

    private static String where(HoursQuery query) {
        return " where t.workDate between :first and :last"
                + (query.projectId() == null ? "" : " and t.project.id = :project");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> typed, HoursQuery query) {
        typed.setParameter("first", query.range().first()).setParameter("last", query.range().last());
        if (query.projectId() != null) {
            typed.setParameter("project", query.projectId());
        }
        return typed;
    }
}
