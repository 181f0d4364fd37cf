package io.clientportal.web;

import io.clientportal.kernel.Formatting;
import io.clientportal.web.tenancy.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** Shows instants in the agency's time zone, the one its people and clients live in. */
@Named
@RequestScoped
public class TenantDates {

    @Inject
    private CurrentTenant currentTenant;

    public String format(Instant instant) {
        return Formatting.dateTime(instant, currentTenant.timeZone());
    }
}
