package io.clientportal.web.admin;

import io.clientportal.kernel.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The date ranges staff pick in the back office, relative to the agency's today: weeks run Monday to Sunday, as
 * timesheets do. Also reads typed dates ({@code 2026-03-31}) from URL parameters without ever failing.
 */
public enum DayRange {
    THIS_WEEK("this-week", today -> week(today)),
    LAST_WEEK("last-week", today -> week(today.minusWeeks(1))),
    THIS_MONTH("this-month", DateRange::month),
    LAST_MONTH("last-month", today -> DateRange.month(today.minusMonths(1)));

    private final String key;
    private final Function<LocalDate, DateRange> range;

    DayRange(String key, Function<LocalDate, DateRange> range) {
        this.key = key;
        this.range = range;
    }

    public static Optional<DayRange> of(String key) {
        return Arrays.stream(values()).filter(preset -> preset.key.equals(key)).findFirst();
    }

    public String key() {
        return key;
    }

    public DateRange rangeFor(LocalDate today) {
        return range.apply(today);
    }

    /** An ISO date typed into a URL, within {@link DateRange#SUPPORTED}; empty when it is none. */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            return DateRange.SUPPORTED.contains(date) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The range the parameters name: a preset, else both dates in order; the fallback (and whether one was needed,
     * because the input was wrong rather than absent) otherwise.
     */
    public static Choice read(String preset, String from, String to, LocalDate today, DayRange fallback) {
        Optional<DayRange> named = of(preset == null ? "" : preset);
        if (named.isPresent()) {
            return new Choice(named.get().rangeFor(today), false);
        }
        Optional<LocalDate> first = date(from);
        Optional<LocalDate> last = date(to);
        if (first.isPresent() && last.isPresent() && !last.get().isBefore(first.get())) {
            return new Choice(new DateRange(first.get(), last.get()), false);
        }
        boolean typed = !(isBlank(preset) && isBlank(from) && isBlank(to));
        return new Choice(fallback.rangeFor(today), typed);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static DateRange week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateRange(monday, monday.plusDays(6));
    }

    /** A range read from the request, and whether the request's own values had to be replaced. */
    public record Choice(DateRange range, boolean replaced) {
    }
}
