package io.clientportal.web;

import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** How the portal writes amounts (in the invoice's currency), hours and dates. */
@Named
@ApplicationScoped
public class Formats {

    private static final Locale LOCALE = Locale.ENGLISH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(LOCALE);

    public String money(Money amount, Currency currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(currency);
        return format.format(amount.amount());
    }

    public String hours(Hours hours) {
        if (hours == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LOCALE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(hours.value());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
