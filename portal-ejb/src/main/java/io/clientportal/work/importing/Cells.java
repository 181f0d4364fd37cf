package io.clientportal.work.importing;

import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Refused;
import io.clientportal.work.TimeEntryStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads the typed cells of a row (dates, hours, a status), refusing with the message the row report shows. */
final class Cells {

    private Cells() {
    }

    static LocalDate date(String cell) {
        if (cell.isEmpty()) {
            throw new Refused("date", "Enter the day the work was done.");
        }
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            throw new Refused("date", "Write the date as year-month-day, like 2026-03-31.");
        }
    }

    private static final Hours MAX = Hours.of("24");

    /**
     * Decimal hours with a point or a comma (7.5, 7,5), or hours and minutes (7:30); more than 0 and at most 24, as
     * every entry (checked here too so that a row with other problems reports this one as well).
     */
    static Hours hours(String cell) {
        Hours hours = parseHours(cell);
        if (hours.compareTo(Hours.ZERO) <= 0 || hours.compareTo(MAX) > 0) {
            throw new Refused("hours", "An entry records more than 0 and at most 24 hours.");
        }
        return hours;
    }

    private static Hours parseHours(String cell) {
        if (cell.isEmpty()) {
            throw new Refused("hours", "Enter the hours.");
        }
        try {
            if (cell.matches("\\d{1,2}:[0-5]\\d")) {
                String[] parts = cell.split(":");
                BigDecimal minutes = new BigDecimal(parts[1]).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_EVEN);
                return new Hours(new BigDecimal(parts[0]).add(minutes));
            }
            if (cell.matches("\\d{1,2}([.,]\\d{1,2})?")) {
                return Hours.parse("hours", cell.replace(',', '.'));
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below.
        }
        throw new Refused("hours", "Write the hours as a number with at most two decimals, like 7.5, or as 7:30.");
    }

    /** Imported time goes to review like any other; an empty status means submitted. */
    static TimeEntryStatus status(String cell) {
        switch (cell.toUpperCase(Locale.ROOT)) {
            case "", "SUBMITTED" -> {
                return TimeEntryStatus.SUBMITTED;
            }
            case "DRAFT" -> {
                return TimeEntryStatus.DRAFT;
            }
            default -> throw new Refused("status", "The status is SUBMITTED (or empty) or DRAFT; imported time is "
                    + "approved in the review like any other.");
        }
    }
}
