package io.clientportal.work.importing;

import io.clientportal.kernel.Hours;
import io.clientportal.work.Person;
import io.clientportal.work.Project;
import io.clientportal.work.TimeDetails;
import io.clientportal.work.TimeEntry;
import io.clientportal.work.TimeEntryStatus;
import java.time.Instant;
import java.time.LocalDate;

/** A row that passed every check: the entry it becomes. */
record PlannedEntry(int row, Person person, Project project, TimeDetails details, TimeEntryStatus status) {

    TimeEntry toEntry(Instant createdAt) {
        TimeEntry entry = new TimeEntry(person, project, details.workDate(), details.hours(), details.note(),
                createdAt);
        if (status == TimeEntryStatus.SUBMITTED) {
            entry.submit();
        }
        return entry;
    }

    /** What makes two entries the same work recorded twice. */
    String sameWorkKey() {
        return key(person.getId(), project.getId(), details.workDate(), details.hours(), details.note());
    }

    static String key(long personId, long projectId, LocalDate workDate, Hours hours, String note) {
        return personId + "|" + projectId + "|" + workDate + "|" + hours + "|" + (note == null ? "" : note);
    }
}
