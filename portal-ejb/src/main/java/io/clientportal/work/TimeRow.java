package io.clientportal.web.admin.time;

import io.clientportal.kernel.Hours;
import io.clientportal.work.TimeEntry;
import io.clientportal.work.TimeEntryStatus;
import java.io.Serializable;
import java.time.LocalDate;

/** One time entry as the back office's tables show it: plain values, no entity kept in the view. */
public record TimeRow(long id, LocalDate workDate, long personId, String person, long projectId, String project,
                      String client, Hours hours, String note, TimeEntryStatus status, boolean billed)
        implements Serializable {

    static TimeRow of(TimeEntry entry) {
        return new TimeRow(entry.getId(), entry.getWorkDate(), entry.getPerson().getId(), entry.getPerson().getName(),
                entry.getProject().getId(), entry.getProject().getName(),
                entry.getProject().isInternal() ? "" : entry.getProject().getClient().getName(),
                entry.getHours(), entry.getNote(), entry.getStatus(), entry.isBilled());
    }

    /** Whether staff may still change or delete it: anything no invoice charges. */
    public boolean editable() {
        return !billed;
    }
}
