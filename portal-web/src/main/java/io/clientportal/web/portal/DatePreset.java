package io.clientportal.web.portal;

import io.clientportal.kernel.DateRange;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Named date ranges a contact picks instead of typing dates, relative to today in the agency's time zone. */
public enum DatePreset {
    THIS_MONTH("this-month", today -> DateRange.month(today)),
    LAST_MONTH("last-month", today -> DateRange.month(today.minusMonths(1))),
    THIS_QUARTER("this-quarter", DatePreset::quarterOf),
    LAST_QUARTER("last-quarter", today -> quarterOf(today.minusMonths(3))),
    THIS_YEAR("this-year", today -> new DateRange(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()))),
    LAST_YEAR("last-year", today -> {
        LocalDate lastYear = today.minusYears(1);
        return new DateRange(lastYear.withDayOfYear(1), lastYear.withDayOfYear(lastYear.lengthOfYear()));
    });

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

    private static DateRange quarterOf(LocalDate day) {
        LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new DateRange(first, first.plusMonths(3).minusDays(1));
    }
}
