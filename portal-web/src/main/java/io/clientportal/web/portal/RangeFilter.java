package io.clientportal.web.portal;

import io.clientportal.kernel.DateRange;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A date range from URL parameters ({@code preset}, or {@code from} and {@code to} as ISO dates), shared by the pages
 * that filter by dates. Bad input becomes a message for the page, never an exception: a shared or hand-edited link must
 * still show something.
 */
@Named
@RequestScoped
public class RangeFilter {

    private String preset;
    private String from;
    private String to;

    /** The range this request's parameters name; see {@link #read(String, String, String, LocalDate, List)}. */
    Optional<DateRange> read(LocalDate today, List<String> problems) {
        return read(preset, from, to, today, problems);
    }

    public DatePreset[] getPresets() {
        return DatePreset.values();
    }

    public String getPreset() {
        return preset;
    }

    public void setPreset(String preset) {
        this.preset = preset;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    /**
     * The range the parameters name; empty when they name none (no preset, no dates) or are wrong, in which case a
     * message key was added to {@code problems}.
     */
    static Optional<DateRange> read(String preset, String from, String to, LocalDate today, List<String> problems) {
        if (preset != null && !preset.isBlank()) {
            Optional<DatePreset> named = DatePreset.of(preset);
            if (named.isEmpty()) {
                problems.add("range.unknownPreset");
            }
            return named.map(p -> p.rangeFor(today));
        }
        if (isBlank(from) && isBlank(to)) {
            return Optional.empty();
        }
        Optional<LocalDate> first = date(from, problems);
        Optional<LocalDate> last = date(to, problems);
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        if (last.get().isBefore(first.get())) {
            problems.add("range.inverted");
            return Optional.empty();
        }
        return Optional.of(new DateRange(first.get(), last.get()));
    }

    private static Optional<LocalDate> date(String text, List<String> problems) {
        if (isBlank(text)) {
            problems.add("range.incomplete");
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (!DateRange.SUPPORTED.contains(date)) {
                problems.add("range.absurd");
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            problems.add("range.notADate");
            return Optional.empty();
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
