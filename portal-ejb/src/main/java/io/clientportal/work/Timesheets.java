package io.clientportal.work;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.QueryFilter;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Time as the agency records and reviews it: entries are entered and changed as drafts, submitted, and approved or
 * rejected one by one or in bulk (by client, project, person and date range). Billed time refuses every change.
 */
@Stateless
public class Timesheets {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public Timesheets() {
    }

    /** Outside the container: the tests hand in an EntityManager in a transaction of their own. */
    public Timesheets(EntityManager em, AuditLog audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One page of the entries the query selects, by day then person, with their count and hours: two statements,
     * whatever the page size, and no transaction (a read needs none, and each would cost a BEGIN and a COMMIT).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TimeSheetPage page(TenantScope tenant, TimeQuery query, int first, int max) {
        QueryFilter filter = filter(query);
        EntityManager scoped = tenant.applyTo(em);
        Object[] sums = filter.query(scoped, "select count(t), sum(t.hours) from TimeEntry t", "", Object[].class)
                .getSingleResult();
        List<TimeRow> rows = filter.query(scoped, "select new io.clientportal.work.TimeRow(t.id, t.workDate, "
                        + "pe.id, pe.name, pr.id, pr.name, c.name, t.hours, t.note, t.status, t.invoiceId) "
                        + "from TimeEntry t join t.person pe join t.project pr left join pr.client c",
                        " order by t.workDate, pe.name, t.id", TimeRow.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
        return new TimeSheetPage(rows, ((Number) sums[0]).longValue(),
                sums[1] == null ? Hours.ZERO : new Hours((BigDecimal) sums[1]));
    }

    public TimeEntry find(TenantScope tenant, long entryId) {
        TimeEntry entry = tenant.applyTo(em).find(TimeEntry.class, entryId);
        if (entry == null) {
            throw new Refused("entry", "No such time entry.");
        }
        return entry;
    }

    /** Records a draft entry. */
    public TimeEntry enter(TenantScope tenant, TimeDetails details) {
        TimeEntry entry = new TimeEntry(person(tenant, details), openProject(tenant, details), details.workDate(),
                details.hours(), details.note(), clock.instant());
        em.persist(entry);
        return entry;
    }

    /** Changes an entry; a reviewed one goes back to review. */
    public TimeEntry change(TenantScope tenant, long entryId, TimeDetails details) {
        TimeEntry entry = find(tenant, entryId);
        if (entry.getPerson().getId() != details.personId()) {
            throw new Refused("personId", "An entry stays with the person who recorded it.");
        }
        Project project = entry.getProject().getId() == details.projectId() ? entry.getProject()
                : openProject(tenant, details);
        refuseIfBilled(entry);
        entry.change(project, details.workDate(), details.hours(), details.note());
        return entry;
    }

    /** Deletes an entry that no invoice charges. */
    public void remove(TenantScope tenant, long entryId) {
        TimeEntry entry = find(tenant, entryId);
        refuseIfBilled(entry);
        em.remove(entry);
    }

    /** Submits the given entries for review; returns how many were drafts. */
    public int submit(TenantScope tenant, List<Long> entryIds) {
        int submitted = 0;
        for (long id : entryIds) {
            TimeEntry entry = find(tenant, id);
            if (entry.getStatus() == TimeEntryStatus.DRAFT) {
                entry.submit();
                submitted++;
            }
        }
        return submitted;
    }

    /** Submits every draft the selection holds; returns how many. */
    public int submitAll(TenantScope tenant, TimeQuery selection) {
        List<TimeEntry> drafts = filter(selection.withStatus(TimeEntryStatus.DRAFT))
                .query(tenant.applyTo(em), "select t from TimeEntry t", "", TimeEntry.class).getResultList();
        drafts.forEach(TimeEntry::submit);
        return drafts.size();
    }

    /** Approves every submitted entry the selection holds; returns how many. */
    public int approve(TenantScope tenant, TimeQuery selection, Actor actor) {
        return review(tenant, selection, actor, AuditAction.TIME_APPROVED, TimeEntry::approve);
    }

    /** Rejects every submitted entry the selection holds; returns how many. */
    public int reject(TenantScope tenant, TimeQuery selection, Actor actor) {
        return review(tenant, selection, actor, AuditAction.TIME_REJECTED, TimeEntry::reject);
    }

    /** Approves the chosen entries; each must be submitted, or reviewed and not billed. */
    public int approveEntries(TenantScope tenant, List<Long> entryIds, Actor actor) {
        return reviewEntries(tenant, entryIds, actor, AuditAction.TIME_APPROVED, TimeEntry::approve);
    }

    public int rejectEntries(TenantScope tenant, List<Long> entryIds, Actor actor) {
        return reviewEntries(tenant, entryIds, actor, AuditAction.TIME_REJECTED, TimeEntry::reject);
    }

    private int review(TenantScope tenant, TimeQuery selection, Actor actor, AuditAction action,
                       Decision decision) {
        List<TimeEntry> entries = filter(selection.withStatus(TimeEntryStatus.SUBMITTED))
                .query(tenant.applyTo(em), "select t from TimeEntry t join fetch t.person join fetch t.project", "",
                        TimeEntry.class)
                .getResultList();
        return decide(entries, actor, action, decision, selection.range().toString());
    }

    private int reviewEntries(TenantScope tenant, List<Long> entryIds, Actor actor, AuditAction action,
                              Decision decision) {
        List<TimeEntry> entries = entryIds.stream().map(id -> find(tenant, id)).toList();
        entries.forEach(this::refuseIfBilled);
        if (entries.stream().anyMatch(e -> e.getStatus() == TimeEntryStatus.DRAFT)) {
            throw new Refused("entries", "A draft entry is reviewed only once it is submitted.");
        }
        return decide(entries, actor, action, decision, entries.size() + " chosen entries");
    }

    private int decide(List<TimeEntry> entries, Actor actor, AuditAction action,
                       Decision decision, String what) {
        Instant at = clock.instant();
        entries.forEach(entry -> decision.decide(entry, actor.name(), at));
        if (!entries.isEmpty()) {
            audit.record(em, actor.name(), action, entries.size() + " entries: " + what, actor.address());
        }
        return entries.size();
    }

    /** The entries a query selects; the date range first, as the indexes of time_entry begin with it. */
    private static QueryFilter filter(TimeQuery query) {
        return new QueryFilter()
                .within("t.workDate", query.range())
                .where("t.project.client.id = :clientId", "clientId", query.clientId())
                .where("t.project.id = :projectId", "projectId", query.projectId())
                .where("t.person.id = :personId", "personId", query.personId())
                .where("t.status = :status", "status", query.status());
    }

    private Person person(TenantScope tenant, TimeDetails details) {
        Person person = tenant.applyTo(em).find(Person.class, details.personId());
        if (person == null) {
            throw new Refused("personId", "No such person.");
        }
        return person;
    }

    private Project openProject(TenantScope tenant, TimeDetails details) {
        Project project = tenant.applyTo(em).find(Project.class, details.projectId());
        if (project == null) {
            throw new Refused("projectId", "No such project.");
        }
        if (!project.isActive()) {
            throw new Refused("projectId", "Project " + project.getName() + " is closed and takes no new time.");
        }
        return project;
    }

    private void refuseIfBilled(TimeEntry entry) {
        if (entry.isBilled()) {
            throw new Refused("entry", "This time is on an invoice and can no longer change.");
        }
    }

    /** Approval or rejection, stamped with one reviewer and instant for every entry of one decision. */
    private interface Decision {
        void decide(TimeEntry entry, String reviewer, Instant at);
    }
}
