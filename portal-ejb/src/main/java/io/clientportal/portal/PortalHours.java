package io.clientportal.portal;

import io.clientportal.kernel.Hours;
import io.clientportal.kernel.QueryFilter;
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

    /**
     * The page in one transaction, which the database binds the portal scope to once for all its reads: the client's
     * projects, the totals with the number of entries (one statement), and one page of the entries.
     */
    public HoursPage page(HoursQuery query, int first, int pageSize) {
        List<PortalProject> projects = projects();
        Tally tally = tally(query);
        return new HoursPage(projects, tally.totals(), tally.entries(), entries(query, first, pageSize));
    }

    public List<ProjectHours> totals(HoursQuery query) {
        return tally(query).totals();
    }

    public long countEntries(HoursQuery query) {
        return tally(query).entries();
    }

    /** Hours and entries per project: the totals and the count from the same rows, in one statement. */
    private Tally tally(HoursQuery query) {
        List<Object[]> rows = filter(query).query(persistence.em(), "select t.project.id, t.project.name, "
                        + "sum(t.hours), count(t) from PortalApprovedTime t",
                        " group by t.project.id, t.project.name order by t.project.name", Object[].class)
                .getResultList();
        return new Tally(rows.stream()
                .map(row -> new ProjectHours((Long) row[0], (String) row[1], new Hours((BigDecimal) row[2])))
                .toList(), rows.stream().mapToLong(row -> ((Number) row[3]).longValue()).sum());
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
        return filter(query).query(persistence.em(), "select t from PortalApprovedTime t join fetch t.project",
                " order by t.workDate, t.id", PortalApprovedTime.class);
    }

    private static QueryFilter filter(HoursQuery query) {
        return new QueryFilter()
                .within("t.workDate", query.range())
                .where("t.project.id = :project", "project", query.projectId());
    }

    private record Tally(List<ProjectHours> totals, long entries) {
    }
}
