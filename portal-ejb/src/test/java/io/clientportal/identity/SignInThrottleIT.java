package io.clientportal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clientportal.testing.AtOnce;
import io.clientportal.testing.TestDatabase;
import io.clientportal.testing.TestPersistence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guesses sent at once, from many threads, each attempt in a transaction and on a connection of its own as on several
 * nodes that share the database: no more of them are let through to the password check than one after the other.
 * The clock stands still, so no wait runs out during a test.
 */
class SignInThrottleIT {

    private static final long TENANT = 7;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    private static TestPersistence persistence;

    @BeforeAll
    static void migrate() {
        persistence = TestPersistence.on(TestDatabase.recreate("portal_it_sign_in_throttle").dataSource());
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Test
    void guessesAtOneAccountSentAtOnceAreCheckedNoMoreThanTheFreeOnes() throws Exception {
        long oneByOne = checked(nCopies(20, () -> attempt("ava@globex.example", "10.1.0.1")), false);
        long atOnce = checked(nCopies(20, () -> attempt("ben@globex.example", "10.1.0.2")), true);

        // Five free failures, then the one whose failure starts the wait.
        assertEquals(6, oneByOne);
        assertEquals(oneByOne, atOnce, "guesses sent at once got more checks than guesses sent one by one");
    }

    @Test
    void guessesFromOneAddressAtManyAccountsSentAtOnceAreCheckedNoMoreThanTheFreeOnes() throws Exception {
        List<Callable<Duration>> guesses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String email = "user" + i + "@globex.example";
            guesses.add(() -> attempt(email, "10.1.0.3"));
        }
        assertEquals(21, checked(guesses, true), "twenty free failures per address, then the one that starts the wait");
    }

    @Test
    void firstAttemptsAtOneNewKeyAtOnceAllGetAnAnswer() throws Exception {
        // Every one of these creates the rows of a key no attempt has used yet; none may fail on a duplicate key.
        assertEquals(6, checked(nCopies(12, () -> attempt("new@globex.example", "10.1.0.4")), true));
    }

    private static List<Callable<Duration>> nCopies(int times, Callable<Duration> attempt) {
        return Collections.nCopies(times, attempt);
    }

    private static Duration attempt(String email, String address) {
        return persistence.inTransaction(persistence.unscoped(),
                em -> new SignInThrottle(em, CLOCK).attempt(TENANT, email, address));
    }

    /** Runs the attempts at once (or one by one) and counts those let through to the password check. */
    private static long checked(List<Callable<Duration>> attempts, boolean atOnce) throws Exception {
        List<Duration> waits = new ArrayList<>();
        if (atOnce) {
            waits.addAll(AtOnce.run(attempts));
        } else {
            for (Callable<Duration> attempt : attempts) {
                waits.add(attempt.call());
            }
        }
        return waits.stream().filter(Duration::isZero).count();
    }
}
