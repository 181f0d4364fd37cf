package io.clientportal.web;

import io.clientportal.web.tenancy.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Shows instants in the agency's time zone, the one its people and clients live in. */
@Named
@RequestScoped
public class TenantDates {

    @Inject
    private CurrentTenant currentTenant;

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.ENGLISH)
                .withZone(currentTenant.timeZone())
                .format(instant);
    }
}
