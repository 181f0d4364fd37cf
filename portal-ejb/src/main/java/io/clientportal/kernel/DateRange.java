package io.clientportal.kernel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** An inclusive range of calendar days, from its first day to its last. */
public record DateRange(LocalDate first, LocalDate last) {

    /**
     * The days any date a person or another system sends may name (a work date, an invoice's period, issue, due and
     * payment dates, a filter): wide enough for any record an agency keeps, narrow enough that year 0 or 99999 is
     * refused as the typo it is rather than stored (or failing in the database).
     */
    public static final DateRange SUPPORTED = new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31));

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

    /** The day, refused against the field when this range does not hold it. */
    public LocalDate check(String field, LocalDate day) {
        if (!contains(day)) {
            throw new Refused(field, "The " + Text.label(field) + " is a day from " + first + " to " + last + ".");
        }
        return day;
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }
}
