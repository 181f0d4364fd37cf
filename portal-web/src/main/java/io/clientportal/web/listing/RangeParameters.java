package io.clientportal.web.listing;

import io.clientportal.kernel.DateRange;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one reading of a date range from URL parameters: a preset, else both ISO dates ({@code from}, {@code to}) in
 * order and within {@link DateRange#SUPPORTED}. Never throws: a shared or hand-edited link must still show a page.
 */
public final class RangeParameters {

    private RangeParameters() {
    }

    /**
     * The range the parameters name; neither range nor problem when they name none (no preset, no dates); a message
     * key for the problem, and no range, when they are wrong.
     */
    public static Reading read(String preset, String from, String to, LocalDate today) {
        if (!isBlank(preset)) {
            return DatePreset.of(preset.strip()).map(p -> Reading.of(p.rangeFor(today)))
                    .orElse(Reading.wrong("range.unknownPreset"));
        }
        if (isBlank(from) && isBlank(to)) {
            return new Reading(Optional.empty(), Optional.empty());
        }
        if (isBlank(from) || isBlank(to)) {
            return Reading.wrong("range.incomplete");
        }
        Optional<LocalDate> first = date(from);
        Optional<LocalDate> last = date(to);
        if (first.isEmpty() || last.isEmpty()) {
            return Reading.wrong("range.notADate");
        }
        if (!DateRange.SUPPORTED.contains(first.get()) || !DateRange.SUPPORTED.contains(last.get())) {
            return Reading.wrong("range.absurd");
        }
        if (last.get().isBefore(first.get())) {
            return Reading.wrong("range.inverted");
        }
        return Reading.of(new DateRange(first.get(), last.get()));
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** A range the parameters named, or the message key of what was wrong with them; both empty for no input. */
    public record Reading(Optional<DateRange> range, Optional<String> problem) {

        static Reading of(DateRange range) {
            return new Reading(Optional.of(range), Optional.empty());
        }

        static Reading wrong(String problem) {
            return new Reading(Optional.empty(), Optional.of(problem));
        }
    }
}
