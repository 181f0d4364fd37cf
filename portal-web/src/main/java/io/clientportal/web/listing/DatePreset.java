package io.clientportal.web.listing;

import io.clientportal.kernel.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Named date ranges picked instead of typed dates, relative to today in the agency's time zone. Weeks run Monday to
 * Sunday, as timesheets do. Every list understands every preset; each area offers the ones that suit it.
 */
public enum DatePreset {
    THIS_WEEK("this-week", today -> week(today)),
    LAST_WEEK("last-week", today -> week(today.minusWeeks(1))),
    THIS_MONTH("this-month", DateRange::month),
    LAST_MONTH("last-month", today -> DateRange.month(today.minusMonths(1))),
    THIS_QUARTER("this-quarter", DatePreset::quarterOf),
    LAST_QUARTER("last-quarter", today -> quarterOf(today.minusMonths(3))),
    THIS_YEAR("this-year", DatePreset::yearOf),
    LAST_YEAR("last-year", today -> yearOf(today.minusYears(1)));

    /** What a client looks back over: months, quarters and years. */
    public static final List<DatePreset> CLIENT_PERIODS = List.of(THIS_MONTH, LAST_MONTH, THIS_QUARTER, LAST_QUARTER,
            THIS_YEAR, LAST_YEAR);
    /** What staff work in: weeks and months. */
    public static final List<DatePreset> WORK_PERIODS = List.of(THIS_WEEK, LAST_WEEK, THIS_MONTH, LAST_MONTH);

    private final String key;
    private final Function<LocalDate, DateRange> range;

    DatePreset(String key, Function<LocalDate, DateRange> range) {
        this.key = key;
        this.range = range;
    }

    public static Optional<DatePreset> of(String key) {
        return Arrays.stream(values()).filter(preset -> preset.key.equals(key)).findFirst();
    }

    public String key() {
        return key;
    }

    public DateRange rangeFor(LocalDate today) {
        return range.apply(today);
    }

    private static DateRange week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateRange(monday, monday.plusDays(6));
    }

    private static DateRange quarterOf(LocalDate day) {
        LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new DateRange(first, first.plusMonths(3).minusDays(1));
    }

    private static DateRange yearOf(LocalDate day) {
        return new DateRange(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()));
    }
}
