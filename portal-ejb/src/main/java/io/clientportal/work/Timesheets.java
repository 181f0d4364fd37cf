package io.clientportal.work;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.QueryFilter;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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

    @Inject
    private TenantPersistence persistence;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public Timesheets() {
    }

    /** Outside the container: the tests hand in an EntityManager in a transaction of their own. */
    public Timesheets(EntityManager em, AuditLog audit, Clock clock) {
        this.persistence = new TenantPersistence(em);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One page of the entries the query selects, by day then person, with their count and hours: two statements,
     * whatever the page size, and no transaction (a read needs none, and each would cost a BEGIN and a COMMIT).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public TimeSheetPage page(TimeQuery query, int first, int max) {
        QueryFilter filter = filter(query);
        EntityManager scoped = persistence.em();
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

    public TimeEntry find(long entryId) {
        TimeEntry entry = persistence.em().find(TimeEntry.class, entryId);
        if (entry == null) {
            throw new Refused("entry", "No such time entry.");
        }
        return entry;
    }

    /** Records a draft entry. */
    public TimeEntry enter(TimeDetails details) {
        TimeEntry entry = new TimeEntry(person(details), openProject(details), details.workDate(),
                details.hours(), details.note(), clock.instant());
        persistence.em().persist(entry);
        return entry;
    }

    /** Changes an entry; a reviewed one goes back to review. */
    public TimeEntry change(long entryId, TimeDetails details) {
        TimeEntry entry = find(entryId);
        if (entry.getPerson().getId() != details.personId()) {
            throw new Refused("personId", "An entry stays with the person who recorded it.");
        }
        Project project = entry.getProject().getId() == details.projectId() ? entry.getProject()
                : openProject(details);
        refuseIfBilled(entry);
        entry.change(project, details.workDate(), details.hours(), details.note());
        return entry;
    }

    /** Deletes an entry that no invoice charges. */
    public void remove(long entryId) {
        TimeEntry entry = find(entryId);
        refuseIfBilled(entry);
        persistence.em().remove(entry);
    }

    /** Submits the given entries for review; returns how many were drafts. */
    public int submit(List<Long> entryIds) {
        int submitted = 0;
        for (long id : entryIds) {
            TimeEntry entry = find(id);
            if (entry.getStatus() == TimeEntryStatus.DRAFT) {
                entry.submit();
                submitted++;
            }
        }
        return submitted;
    }

    /** Submits every draft the selection holds; returns how many. */
    public int submitAll(TimeQuery selection) {
        List<TimeEntry> drafts = filter(selection.withStatus(TimeEntryStatus.DRAFT))
                .query(persistence.em(), "select t from TimeEntry t", "", TimeEntry.class).getResultList();
        drafts.forEach(TimeEntry::submit);
        return drafts.size();
    }

    /** Approves every submitted entry the selection holds; returns how many. */
    public int approve(TimeQuery selection, Actor actor) {
        return review(selection, actor, AuditAction.TIME_APPROVED, TimeEntry::approve);
    }

    /** Rejects every submitted entry the selection holds; returns how many. */
    public int reject(TimeQuery selection, Actor actor) {
        return review(selection, actor, AuditAction.TIME_REJECTED, TimeEntry::reject);
    }

    /** Approves the chosen entries; each must be submitted, or reviewed and not billed. */
    public int approveEntries(List<Long> entryIds, Actor actor) {
        return reviewEntries(entryIds, actor, AuditAction.TIME_APPROVED, TimeEntry::approve);
    }

    public int rejectEntries(List<Long> entryIds, Actor actor) {
        return reviewEntries(entryIds, actor, AuditAction.TIME_REJECTED, TimeEntry::reject);
    }

    private int review(TimeQuery selection, Actor actor, AuditAction action,
                       Decision decision) {
        List<TimeEntry> entries = filter(selection.withStatus(TimeEntryStatus.SUBMITTED))
                .query(persistence.em(), "select t from TimeEntry t join fetch t.person join fetch t.project", "",
                        TimeEntry.class)
                .getResultList();
        return decide(entries, actor, action, decision, selection.range().toString());
    }

    private int reviewEntries(List<Long> entryIds, Actor actor, AuditAction action,
                              Decision decision) {
        List<TimeEntry> entries = entryIds.stream().map(id -> find(id)).toList();
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
            audit.record(persistence.em(), actor.name(), action, entries.size() + " entries: " + what, actor.address());
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

    private Person person(TimeDetails details) {
        Person person = persistence.em().find(Person.class, details.personId());
        if (person == null) {
            throw new Refused("personId", "No such person.");
        }
        return person;
    }

    private Project openProject(TimeDetails details) {
        Project project = persistence.em().find(Project.class, details.projectId());
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
