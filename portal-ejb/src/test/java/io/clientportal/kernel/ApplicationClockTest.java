package io.clientportal.kernel;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplicationClockTest {

    private static final Clock REAL = Clock.fixed(Instant.parse("2026-11-27T17:40:00Z"), ZoneOffset.UTC);

    @Test
    void unsetOrBlankIsTheRealClock() {
        assertSame(REAL, ApplicationClock.startingAt(Optional.empty(), REAL));
        assertSame(REAL, ApplicationClock.startingAt(Optional.of("  "), REAL));
    }

    @Test
    void aStartInstantIsReadNowAndTheClockKeepsTicking() {
        Instant start = Instant.parse("2028-02-29T09:00:00Z");
        Clock moved = ApplicationClock.startingAt(Optional.of(start.toString()), Clock.systemUTC());

        Instant first = moved.instant();
        Instant later = moved.instant();
        assertTrue(!first.isBefore(start) && first.isBefore(start.plus(Duration.ofMinutes(1))), first.toString());
        assertTrue(!later.isBefore(first), later + " before " + first);
    }

    @Test
    void aStartThatIsNoInstantStopsTheStartWithTheSettingsName() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ApplicationClock.startingAt(Optional.of("2027-01-01"), REAL));
        assertTrue(e.getMessage().contains("PORTAL_CLOCK_START") && e.getMessage().contains("2027-01-01"),
                e.getMessage());
    }
}
