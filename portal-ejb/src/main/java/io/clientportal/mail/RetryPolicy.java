package io.clientportal.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a message waits after a failed attempt: the first delay, doubled after every further failure up to a
 * ceiling, and no retry once the attempts are used up.
 *
 * @param firstDelay  the wait after the first failure
 * @param maxDelay    the longest wait between two attempts
 * @param maxAttempts attempts in all; the message is FAILED when the last one fails
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    /**
     * 30 s, 1 min, 2 min ... then hourly: 30 attempts span about a day, so a mail server that is down overnight or
     * for a weekend's maintenance window delays mail without losing it, while a message that can never be delivered
     * still ends as FAILED for an admin to see.
     */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 30);

    public RetryPolicy {
        Objects.requireNonNull(firstDelay);
        Objects.requireNonNull(maxDelay);
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Need 0 < firstDelay <= maxDelay");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("Need at least one attempt");
        }
    }

    /**
     * The wait before the next attempt, given how many attempts have failed so far (the latest included); empty when
     * there is none left.
     */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("No failed attempt yet");
        }
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = firstDelay;
        // Doubling stops at the ceiling, so a large attempt count can never overflow.
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}
