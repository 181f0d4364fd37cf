package io.clientportal.portal;

import io.clientportal.kernel.DateRange;
import java.util.Objects;

/**
 * Which approved hours a client asks for: a range of work dates, at most {@value #MAX_DAYS} days long, and
 * optionally one project.
 *
 * @param projectId null for all the client's projects
 */
public record HoursQuery(DateRange range, Long projectId) {

    public static final int MAX_DAYS = 3 * 366;

    public HoursQuery {
        Objects.requireNonNull(range);
        if (range.days() > MAX_DAYS) {
            throw new IllegalArgumentException("A range spans at most " + MAX_DAYS + " days");
        }
    }
}
