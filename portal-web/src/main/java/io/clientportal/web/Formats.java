package io.clientportal.web;

import io.clientportal.kernel.Formatting;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Currency;

/** {@code #{formats}}: the pages' way to the one formatter of amounts, hours and dates ({@link Formatting}). */
@Named
@ApplicationScoped
public class Formats {

    public String money(Money amount, Currency currency) {
        return Formatting.money(amount, currency);
    }

    public String hours(Hours hours) {
        return Formatting.hours(hours);
    }

    public String date(LocalDate date) {
        return Formatting.date(date);
    }
}
