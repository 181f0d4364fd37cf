package io.clientportal.kernel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** An inclusive range of calendar days, from its first day to its last. */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The range ends (" + last + ") before it starts (" + first + ")");
        }
    }

    public static DateRange month(LocalDate anyDayOfMonth) {
        LocalDate first = anyDayOfMonth.withDayOfMonth(1);
        return new DateRange(first, first.plusMonths(1).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }
}
