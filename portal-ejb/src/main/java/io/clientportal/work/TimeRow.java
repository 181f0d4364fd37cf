package io.clientportal.work;

import io.clientportal.kernel.Hours;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One time entry as the back office's tables show it: plain values read in the list's one statement (no entity, no
 * lazy relation loaded row by row), and nothing kept in the view that it could change by accident.
 *
 * @param client empty for an internal project
 */
public record TimeRow(long id, LocalDate workDate, long personId, String person, long projectId, String project,
                      String client, Hours hours, String note, TimeEntryStatus status, boolean billed)
        implements Serializable {

    /** The list's constructor expression: the client is null for internal work, the invoice null until billed. */
    public TimeRow(Long id, LocalDate workDate, Long personId, String person, Long projectId, String project,
                   String client, Hours hours, String note, TimeEntryStatus status, Long invoiceId) {
        this(id, workDate, personId, person, projectId, project, client == null ? "" : client, hours, note, status,
                invoiceId != null);
    }

    /** Whether staff may still change or delete it: anything no invoice charges. */
    public boolean editable() {
        return !billed;
    }
}
