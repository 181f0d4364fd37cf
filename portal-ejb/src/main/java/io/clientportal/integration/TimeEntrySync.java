package io.clientportal.integration;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.TenantPersistence;
import io.clientportal.work.Person;
import io.clientportal.work.Project;
import io.clientportal.work.TimeDetails;
import io.clientportal.work.TimeEntry;
import io.clientportal.work.TimeEntryStatus;
import io.clientportal.work.Timesheets;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Time entries by the agency system's ids, with their review state, through the back office's {@link Timesheets}:
 * an entry arrives submitted, and is approved or rejected by the key (which the review records as the reviewer).
 * A changed entry goes back to review before it takes the state asked for; billed time refuses every change.
 */
@Stateless
public class TimeEntrySync {

    @Inject
    private TenantPersistence persistence;

    @EJB
    private Timesheets timesheets;

    @Inject
    private ExternalIds externalIds;

    @Inject
    private AuditLog audit;

    public Synced<TimeEntryView> put(String externalId, TimeEntryInput input, Actor actor) {
        EntityManager em = persistence.em();
        ExternalIds.check("externalId", externalId);
        TimeEntryStatus status = input.status() == null ? TimeEntryStatus.SUBMITTED : input.status();
        if (status == TimeEntryStatus.DRAFT) {
            throw new Refused("status", "Time sent through the API is SUBMITTED, APPROVED or REJECTED.");
        }
        Person person = externalIds.require(em, Person.class, "person", input.person());
        Project project = externalIds.require(em, Project.class, "project", input.project());
        TimeDetails details = new TimeDetails(person.getId(), project.getId(), input.workDate(), input.hours(),
                input.note());
        Optional<TimeEntry> existing = externalIds.find(em, TimeEntry.class, externalId);
        Outcome outcome;
        TimeEntry entry;
        if (existing.isEmpty()) {
            entry = timesheets.enter(details);
            entry.setExternalId(externalId);
            outcome = Outcome.CREATED;
        } else {
            entry = existing.get();
            boolean changes = !detailsOf(entry).equals(details);
            if (!changes && entry.getStatus() == status) {
                return new Synced<>(TimeEntryView.of(entry), Outcome.UNCHANGED);
            }
            if (entry.isBilled()) {
                throw new Refused("This time entry is on an invoice and can no longer change.");
            }
            if (!entry.getPerson().equals(person)) {
                throw new Refused("person", "An entry stays with the person who recorded it.");
            }
            if (changes) {
                timesheets.change(entry.getId(), details);
            } else if (status == TimeEntryStatus.SUBMITTED && entry.getStatus() != TimeEntryStatus.DRAFT) {
                throw new Refused("status", "A reviewed entry goes back to review only when what it records changes.");
            }
            outcome = Outcome.UPDATED;
        }
        review(entry, status, actor);
        audit.record(em, actor.name(), AuditAction.TIME_IMPORTED, "time entry " + externalId + " ("
                + outcome.name().toLowerCase(Locale.ROOT) + ", " + entry.getStatus() + ")",
                actor.address());
        return new Synced<>(TimeEntryView.of(entry), outcome);
    }

    /** Takes the entry (a draft, or one back in review) to the state asked for. */
    private void review(TimeEntry entry, TimeEntryStatus status, Actor actor) {
        List<Long> ids = List.of(entry.getId());
        timesheets.submit(ids);
        if (status == TimeEntryStatus.APPROVED && entry.getStatus() != TimeEntryStatus.APPROVED) {
            timesheets.approveEntries(ids, actor);
        } else if (status == TimeEntryStatus.REJECTED && entry.getStatus() != TimeEntryStatus.REJECTED) {
            timesheets.rejectEntries(ids, actor);
        }
    }

    public Optional<TimeEntryView> get(String externalId) {
        return externalIds.find(persistence.em(), TimeEntry.class, externalId).map(TimeEntryView::of);
    }

    public Page<TimeEntryView> list(PageRequest page) {
        EntityManager em = persistence.em();
        return Page.of(em.createQuery("select t from TimeEntry t join fetch t.person join fetch t.project "
                        + "order by t.id", TimeEntry.class),
                em.createQuery("select count(t) from TimeEntry t", Long.class), page, TimeEntryView::of);
    }

    private static TimeDetails detailsOf(TimeEntry entry) {
        return new TimeDetails(entry.getPerson().getId(), entry.getProject().getId(), entry.getWorkDate(),
                entry.getHours(), entry.getNote());
    }
}
