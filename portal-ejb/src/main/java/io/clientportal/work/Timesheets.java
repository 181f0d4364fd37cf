package io.clientportal.work;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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

    /** One page of the entries the query selects, by day then person. */
    public List<TimeEntry> list(TimeQuery query, int first, int max) {
        return select(query, "select t from TimeEntry t join fetch t.person join fetch t.project p "
                + "left join fetch p.client", " order by t.workDate, t.person.name, t.id", TimeEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(TimeQuery query) {
        return select(query, "select count(t) from TimeEntry t", "", Long.class).getSingleResult();
    }

    /** The hours of all entries the query selects, however many pages they fill. */
    public Hours totalHours(TimeQuery query) {
        return select(query, "select t.hours from TimeEntry t", "", Hours.class).getResultStream()
                .reduce(Hours.ZERO, Hours::plus);
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
        List<TimeEntry> drafts = select(selection.withStatus(TimeEntryStatus.DRAFT),
                "select t from TimeEntry t", "", TimeEntry.class).getResultList();
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
        List<TimeEntry> entries = select(selection.withStatus(TimeEntryStatus.SUBMITTED),
                "select t from TimeEntry t join fetch t.person join fetch t.project", "", TimeEntry.class)
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

    private <T> TypedQuery<T> select(TimeQuery query, String select, String order,
                                     Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where t.workDate between :first and :last");
        if (query.clientId() != null) {
            jpql.append(" and t.project.client.id = :clientId");
        }
        if (query.projectId() != null) {
            jpql.append(" and t.project.id = :projectId");
        }
        if (query.personId() != null) {
            jpql.append(" and t.person.id = :personId");
        }
        if (query.status() != null) {
            jpql.append(" and t.status = :status");
        }
        TypedQuery<T> typed = persistence.em().createQuery(jpql.append(order).toString(), type)
                .setParameter("first", query.range().first())
                .setParameter("last", query.range().last());
        if (query.clientId() != null) {
            typed.setParameter("clientId", query.clientId());
        }
        if (query.projectId() != null) {
            typed.setParameter("projectId", query.projectId());
        }
        if (query.personId() != null) {
            typed.setParameter("personId", query.personId());
        }
        if (query.status() != null) {
            typed.setParameter("status", query.status());
        }
        return typed;
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
