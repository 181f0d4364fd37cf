package io.clientportal.work;

import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Refused;
import io.clientportal.kernel.Text;
import java.time.LocalDate;

/** What one entry records: who, on which project, which day, how long, and a note. */
public record TimeDetails(long personId, long projectId, LocalDate workDate, Hours hours, String note) {

    public TimeDetails {
        if (workDate == null) {
            throw new Refused("workDate", "Enter the day the work was done.");
        }
        DateRange.SUPPORTED.check("workDate", workDate);
        if (hours == null || hours.compareTo(Hours.ZERO) <= 0 || hours.compareTo(Hours.of("24")) > 0) {
            throw new Refused("hours", "An entry records more than 0 and at most 24 hours.");
        }
        note = Text.optional("note", note, 1000);
    }
}
