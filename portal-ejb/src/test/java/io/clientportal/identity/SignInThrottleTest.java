package io.clientportal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clientportal.testing.TestPersistence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The throttle's rule as the README states it, on a clock the test moves, with its counts in a migrated in-memory
 * database. Each attempt runs in a transaction of its own, as each sign-in does. An attempt that may go ahead counts as
 * a failure (none of these succeeds unless the test says so); one that must wait tells how long, and counts nothing.
 */
class SignInThrottleTest {

    private static final long TENANT = 7;
    private static final String EMAIL = "ava@globex.example";

    private static TestPersistence persistence;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));

    @BeforeAll
    static void migrate() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:throttle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        persistence = TestPersistence.on(h2);
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @BeforeEach
    void forgetEveryCount() {
        persistence.run(persistence.unscoped(), em -> em.createQuery("delete from ThrottleCount c where c.key <> :lock")
                .setParameter("lock", ThrottleCount.CREATION_LOCK).executeUpdate());
    }

    @Test
    void fiveFailuresCostNothing() {
        failTimes(5, "10.0.0.1");
        assertEquals(Duration.ZERO, attempt(TENANT, EMAIL, "10.0.0.1"));
    }

    @Test
    void furtherFailuresDoubleTheWaitUpToAMinute() {
        failTimes(6, "10.0.0.1");
        assertEquals(Duration.ofSeconds(1), attempt(TENANT, EMAIL, "10.0.0.1"));
        failTimes(1, "10.0.0.1");
        assertEquals(Duration.ofSeconds(2), attempt(TENANT, EMAIL, "10.0.0.1"));
        failTimes(1, "10.0.0.1");
        assertEquals(Duration.ofSeconds(4), attempt(TENANT, EMAIL, "10.0.0.1"));
        failTimes(20, "10.0.0.1");
        assertEquals(Duration.ofMinutes(1), attempt(TENANT, EMAIL, "10.0.0.1"));
    }

    @Test
    void anAttemptThatMustWaitIsNotCounted() {
        failTimes(6, "10.0.0.1");
        for (int i = 0; i < 10; i++) {
            assertEquals(Duration.ofSeconds(1), attempt(TENANT, EMAIL, "10.0.0.1"));
        }
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, attempt(TENANT, EMAIL, "10.0.0.1"));
        assertEquals(Duration.ofSeconds(2), attempt(TENANT, EMAIL, "10.0.0.1"), "the refused attempts were counted");
    }

    @Test
    void theWaitRunsOutWithTime() {
        failTimes(8, "10.0.0.1");
        clock.advance(Duration.ofSeconds(3));
        assertEquals(Duration.ofSeconds(1), attempt(TENANT, EMAIL, "10.0.0.1"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, attempt(TENANT, EMAIL, "10.0.0.1"));
    }

    @Test
    void theAccountIsThrottledFromEveryAddressButOtherAccountsAreNot() {
        for (int i = 0; i < 7; i++) {
            fail(TENANT, EMAIL, "10.0.0." + i);
        }
        assertEquals(Duration.ofSeconds(2), attempt(TENANT, "AVA@globex.example ", "192.168.1.1"));
        assertEquals(Duration.ZERO, attempt(TENANT, "ben@globex.example", "192.168.1.1"));
        assertEquals(Duration.ZERO, attempt(TENANT + 1, EMAIL, "192.168.1.1"));
    }

    @Test
    void anAddressGuessingManyAccountsIsThrottledAfterTwentyFailures() {
        for (int i = 0; i < 20; i++) {
            fail(TENANT, "user" + i + "@globex.example", "10.0.0.9");
        }
        assertEquals(Duration.ZERO, attempt(TENANT, "user21@globex.example", "10.0.0.9"), "the 21st is checked");
        assertEquals(Duration.ofSeconds(1), attempt(TENANT, "new@globex.example", "10.0.0.9"));
    }

    @Test
    void aSuccessForgivesTheAccount() {
        failTimes(9, "10.0.0.1");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Duration.ZERO, attempt(TENANT, EMAIL, "10.0.0.1"));
        persistence.run(persistence.unscoped(), em -> new SignInThrottle(em, clock).succeeded(TENANT, EMAIL,
                "10.0.0.1"));
        assertEquals(Duration.ZERO, attempt(TENANT, EMAIL, "10.0.0.2"));
    }

    @Test
    void aSuccessIsNoFailureOfItsAddress() {
        for (int i = 0; i < 30; i++) {
            String email = "user" + i + "@globex.example";
            assertEquals(Duration.ZERO, attempt(TENANT, email, "10.0.0.9"));
            persistence.run(persistence.unscoped(), em -> new SignInThrottle(em, clock).succeeded(TENANT, email,
                    "10.0.0.9"));
        }
        failTimes(5, "10.0.0.9");
        assertEquals(Duration.ZERO, attempt(TENANT, EMAIL, "10.0.0.9"), "an office's sign-ins throttled it");
    }

    @Test
    void aQuietQuarterOfAnHourForgivesEverything() {
        failTimes(30, "10.0.0.1");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertEquals(Duration.ZERO, attempt(TENANT, EMAIL, "10.0.0.1"));
        failTimes(4, "10.0.0.1");
        assertEquals(Duration.ZERO, attempt(TENANT, EMAIL, "10.0.0.1"), "counting starts afresh");
    }

    @Test
    void anOverlongEmailIsCountedLikeAnyOther() {
        String overlong = "x".repeat(5_000) + "@globex.example";
        for (int i = 0; i < 6; i++) {
            fail(TENANT, overlong, "10.0.0.1");
        }
        assertEquals(Duration.ofSeconds(1), attempt(TENANT, overlong, "10.0.0.1"));
    }

    /** Fails the account that many times from the address, each time after any wait the throttle asks for. */
    private void failTimes(int times, String address) {
        for (int i = 0; i < times; i++) {
            fail(TENANT, EMAIL, address);
        }
    }

    /** One failed attempt: waits out the throttle first, as a patient guesser would. */
    private void fail(long tenant, String email, String address) {
        Duration wait = attempt(tenant, email, address);
        if (!wait.isZero()) {
            clock.advance(wait);
            assertEquals(Duration.ZERO, attempt(tenant, email, address), "the wait did not run out");
        }
    }

    private Duration attempt(long tenant, String email, String address) {
        return persistence.inTransaction(persistence.unscoped(),
                em -> new SignInThrottle(em, clock).attempt(tenant, email, address));
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
