package io.clientportal.integration;

import io.clientportal.kernel.Hours;
import io.clientportal.work.TimeEntryStatus;
import java.time.LocalDate;

/** A time entry as the agency's system sends it: person and project by external id, and the review state. */
public record TimeEntryInput(String person, String project, LocalDate workDate, Hours hours, String note,
                             TimeEntryStatus status) {
}
