package io.clientportal.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock everything that reads "now" asks: rules of time (throttling, link expiry, overdue invoices, "this
 * month"), the demo data and the time stamps entities record. {@code PORTAL_CLOCK_START} (an instant such as
 * {@code 2027-01-01T09:00:00Z}) starts it at that instant when the application starts, still ticking from there, so a
 * demo or a test suite can run on any day of the year; unset, it is the real time.
 */
@ApplicationScoped
public class ApplicationClock {

    public static final String START = "PORTAL_CLOCK_START";

    @Inject
    @ConfigProperty(name = START)
    private Optional<String> start;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return startingAt(start, Clock.systemUTC());
    }

    /** The real clock, or one offset from it so that it reads {@code start} now. */
    static Clock startingAt(Optional<String> start, Clock real) {
        return start.map(String::strip).filter(text -> !text.isEmpty())
                .map(text -> Clock.offset(real, Duration.between(real.instant(), instant(text))))
                .orElse(real);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(START + " is \"" + text + "\", not an instant in UTC such as "
                    + "2027-01-01T09:00:00Z", e);
        }
    }
}
