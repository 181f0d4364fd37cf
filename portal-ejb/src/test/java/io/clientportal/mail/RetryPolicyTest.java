package io.clientportal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final RetryPolicy POLICY = RetryPolicy.DEFAULT;

    @Test
    void doublesTheWaitFromThirtySecondsUpToAnHour() {
        List<Duration> delays = new ArrayList<>();
        for (int failed = 1; failed <= 10; failed++) {
            delays.add(POLICY.delayAfter(failed).orElseThrow());
        }

        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32),
                Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1)), delays);
    }

    @Test
    void hasNoRetryOnceTheAttemptsAreUsedUp() {
        assertTrue(POLICY.delayAfter(POLICY.maxAttempts() - 1).isPresent());
        assertEquals(Optional.empty(), POLICY.delayAfter(POLICY.maxAttempts()));
        assertEquals(Optional.empty(), POLICY.delayAfter(Integer.MAX_VALUE));
    }

    @Test
    void keepsRetryingForAboutADayBeforeGivingUp() {
        Duration total = Duration.ZERO;
        for (int failed = 1; failed < POLICY.maxAttempts(); failed++) {
            total = total.plus(POLICY.delayAfter(failed).orElseThrow());
        }

        assertTrue(total.compareTo(Duration.ofHours(20)) > 0 && total.compareTo(Duration.ofHours(25)) < 0,
                total.toString());
    }

    @Test
    void neverWaitsLongerThanTheCeilingHoweverManyAttemptsFailed() {
        RetryPolicy patient = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), Integer.MAX_VALUE);

        assertEquals(Optional.of(Duration.ofHours(1)), patient.delayAfter(Integer.MAX_VALUE - 1));
    }

    @Test
    void refusesPoliciesThatMakeNoSense() {
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofHours(2), Duration.ofHours(1), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 0));
        assertThrows(IllegalArgumentException.class, () -> POLICY.delayAfter(0));
    }
}
