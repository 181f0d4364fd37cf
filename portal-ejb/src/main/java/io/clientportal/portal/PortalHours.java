package io.clientportal.portal;

import io.clientportal.kernel.Hours;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public PortalHours() {
    }

    /** Outside the container: the tests hand in an EntityManager of their own. */
    PortalHours(EntityManager em) {
        this.em = em;
    }

    /** The client's projects, for choosing one. */
    public List<PortalProject> projects(PortalScope scope) {
        return scope.applyTo(em).createQuery("select p from PortalProject p order by p.name", PortalProject.class)
                .getResultList();
    }

    /** The page in one transaction: the database binds the portal scope once for all its reads. */
    public HoursPage page(PortalScope scope, HoursQuery query, int first, int pageSize) {
        return new HoursPage(totals(scope, query), countEntries(scope, query), entries(scope, query, first, pageSize));
    }

    public List<ProjectHours> totals(PortalScope scope, HoursQuery query) {
        scope.applyTo(em);
        TypedQuery<Object[]> totals = em.createQuery("select t.project.id, t.project.name, sum(t.hours) "
                + "from PortalApprovedTime t" + where(query) + " group by t.project.id, t.project.name "
                + "order by t.project.name", Object[].class);
        return bind(totals, query).getResultStream()
                .map(row -> new ProjectHours((Long) row[0], (String) row[1], new Hours((BigDecimal) row[2])))
                .toList();
    }

    public long countEntries(PortalScope scope, HoursQuery query) {
        scope.applyTo(em);
        return bind(em.createQuery("select count(t) from PortalApprovedTime t" + where(query), Long.class), query)
                .getSingleResult();
    }

    /** One page of the entries, by date; the project comes in the same statement. */
    public List<PortalApprovedTime> entries(PortalScope scope, HoursQuery query, int first, int pageSize) {
        return entriesQuery(scope, query).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /** Every entry of the range, one at a time, for an export that must not hold them all in memory. */
    public void eachEntry(PortalScope scope, HoursQuery query, Consumer<PortalApprovedTime> sink) {
        entriesQuery(scope, query).getResultStream().forEach(sink);
    }

    private TypedQuery<PortalApprovedTime> entriesQuery(PortalScope scope, HoursQuery query) {
        scope.applyTo(em);
        return bind(em.createQuery("select t from PortalApprovedTime t join fetch t.project" + where(query)
                + " order by t.workDate, t.id", PortalApprovedTime.class), query);
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
