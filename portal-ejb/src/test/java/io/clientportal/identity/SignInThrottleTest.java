package io.clientportal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's rule as the README states it, on a clock the test moves. */
class SignInThrottleTest {

    private static final long TENANT = 7;
    private static final String EMAIL = "ava@globex.example";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void fiveFailuresCostNothing() {
        failTimes(5, "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitBefore(TENANT, EMAIL, "10.0.0.1"));
    }

    @Test
    void furtherFailuresDoubleTheWaitUpToAMinute() {
        failTimes(6, "10.0.0.1");
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore(TENANT, EMAIL, "10.0.0.1"));
        failTimes(1, "10.0.0.1");
        assertEquals(Duration.ofSeconds(2), throttle.waitBefore(TENANT, EMAIL, "10.0.0.1"));
        failTimes(1, "10.0.0.1");
        assertEquals(Duration.ofSeconds(4), throttle.waitBefore(TENANT, EMAIL, "10.0.0.1"));
        failTimes(20, "10.0.0.1");
        assertEquals(Duration.ofMinutes(1), throttle.waitBefore(TENANT, EMAIL, "10.0.0.1"));
    }

    @Test
    void theWaitRunsOutWithTime() {
        failTimes(8, "10.0.0.1");
        clock.advance(Duration.ofSeconds(3));
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore(TENANT, EMAIL, "10.0.0.1"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, throttle.waitBefore(TENANT, EMAIL, "10.0.0.1"));
    }

    @Test
    void theAccountIsThrottledFromEveryAddressButOtherAccountsAreNot() {
        for (int i = 0; i < 7; i++) {
            throttle.failed(TENANT, EMAIL, "10.0.0." + i);
        }
        assertEquals(Duration.ofSeconds(2), throttle.waitBefore(TENANT, "AVA@globex.example ", "192.168.1.1"));
        assertEquals(Duration.ZERO, throttle.waitBefore(TENANT, "ben@globex.example", "192.168.1.1"));
        assertEquals(Duration.ZERO, throttle.waitBefore(TENANT + 1, EMAIL, "192.168.1.1"));
    }

    @Test
    void anAddressGuessingManyAccountsIsThrottledAfterTwentyFailures() {
        for (int i = 0; i < 20; i++) {
            throttle.failed(TENANT, "user" + i + "@globex.example", "10.0.0.9");
        }
        assertEquals(Duration.ZERO, throttle.waitBefore(TENANT, "new@globex.example", "10.0.0.9"));
        throttle.failed(TENANT, "user21@globex.example", "10.0.0.9");
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore(TENANT, "new@globex.example", "10.0.0.9"));
    }

    @Test
    void aSuccessForgivesTheAccount() {
        failTimes(9, "10.0.0.1");
        throttle.succeeded(TENANT, EMAIL);
        assertEquals(Duration.ZERO, throttle.waitBefore(TENANT, EMAIL, "10.0.0.2"));
    }

    @Test
    void aQuietQuarterOfAnHourForgivesEverything() {
        failTimes(30, "10.0.0.1");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertEquals(Duration.ZERO, throttle.waitBefore(TENANT, EMAIL, "10.0.0.1"));
        failTimes(5, "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitBefore(TENANT, EMAIL, "10.0.0.1"), "counting starts afresh");
    }

    private void failTimes(int times, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(TENANT, EMAIL, address);
        }
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
