package io.clientportal.work;

import io.clientportal.kernel.DateRange;
import java.util.Objects;

/**
 * Which time entries the back office looks at or reviews: a date range, and optionally one client, project, person
 * and review status. Also the selection a bulk approval or rejection works on.
 */
public record TimeQuery(DateRange range, Long clientId, Long projectId, Long personId, TimeEntryStatus status) {

    public TimeQuery {
        Objects.requireNonNull(range, "range");
    }

    /** The same selection narrowed to one status. */
    public TimeQuery withStatus(TimeEntryStatus newStatus) {
        return new TimeQuery(range, clientId, projectId, personId, newStatus);
    }
}
