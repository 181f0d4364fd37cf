package io.clientportal.integration;

import io.clientportal.work.TimeEntry;
import io.clientportal.work.TimeEntryStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A time entry as the API shows it: person and project by their external ids, and the invoice that charges it (by
 * its id) once it is billed.
 */
public record TimeEntryView(String externalId, long id, String person, String project, LocalDate workDate,
                            BigDecimal hours, String note, TimeEntryStatus status, boolean billable,
                            Long invoiceId) {

    static TimeEntryView of(TimeEntry entry) {
        return new TimeEntryView(entry.getExternalId(), entry.getId(), entry.getPerson().getExternalId(),
                entry.getProject().getExternalId(), entry.getWorkDate(), entry.getHours().value(), entry.getNote(),
                entry.getStatus(), entry.isBillable(), entry.getInvoiceId());
    }
}
