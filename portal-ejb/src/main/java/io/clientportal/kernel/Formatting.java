package io.clientportal.kernel;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * How amounts, hours, days and moments are written wherever a person reads them: pages ({@code #{formats}}), mails
 * and invoice PDFs. English, as the whole interface is; an amount carries its currency's symbol and digits.
 */
public final class Formatting {

    public static final Locale LOCALE = Locale.ENGLISH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(LOCALE);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter
            .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(LOCALE);

    private Formatting() {
    }

    /** {@code $1,234.50}, {@code €1,234.50}; empty for no amount. */
    public static String money(Money amount, Currency currency) {
        if (amount == null) {
            return "";
        }
        // US conventions (symbol first, comma groups) for every currency: the interface is in English.
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(currency);
        return format.format(amount.amount());
    }

    /** {@code 7.50}; empty for none. */
    public static String hours(Hours hours) {
        if (hours == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LOCALE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(hours.value());
    }

    /** {@code Mar 31, 2026}; empty for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code March 31, 2026}, for a day named in a sentence; empty for none. */
    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** {@code Mar 31, 2026, 9:00 AM} in the given zone (the agency's); empty for none. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.withZone(zone).format(instant);
    }
}
