package io.clientportal.web.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The instant the server under test starts its clock at ({@code portal.test.clock}, passed to it as
 * {@code PORTAL_CLOCK_START}): tests derive what they expect ("today", "this month", the demo's last week) from it,
 * never from the real date, so the suite passes on any day it is run on or told to run on.
 */
public final class SuiteClock {

    private static final Instant START = Instant.parse(Objects.requireNonNull(System.getProperty("portal.test.clock"),
            "portal.test.clock is not set: run the container tests through Maven"));

    private static final ZoneId ACME_ZONE = ZoneId.of("America/New_York");

    private SuiteClock() {
    }

    /** The server's date in a zone (an agency's own zone, or UTC). */
    public static LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(START, zone);
    }

    /** Today at the demo agency Acme, in its own zone (New York): near midnight UTC, a day before UTC's. */
    public static LocalDate todayAtAcme() {
        return today(ACME_ZONE);
    }
}
