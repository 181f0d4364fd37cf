package io.clientportal.web;

import io.clientportal.web.tenancy.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** Today as the agency sees it: due dates and "this month" follow its time zone, not the server's. */
@RequestScoped
public class AgencyToday {

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private Clock clock;

    public LocalDate date() {
        return LocalDate.now(clock.withZone(currentTenant.timeZone()));
    }
}
