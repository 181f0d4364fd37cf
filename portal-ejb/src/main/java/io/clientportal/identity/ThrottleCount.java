package io.clientportal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The failures counted against one key of the sign-in throttle (an account, or a client address) and when the last
 * one happened. Rows are read and changed only under a row lock ({@link SignInThrottle}); they carry no tenant
 * discriminator because the account key names its tenant itself and an address is the same on every host.
 */
@Entity
@Table(name = "sign_in_throttle")
public class ThrottleCount {

    /** The key of the row that creators of new rows lock first, so two first attempts never insert one key twice. */
    static final String CREATION_LOCK = "*";

    @Id
    @Column(name = "throttle_key")
    private String key;

    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    protected ThrottleCount() {
    }

    ThrottleCount(String key) {
        this.key = key;
    }

    /** How long an attempt must still wait at {@code now}, given how many failures the key has for free. */
    Duration waitAt(Instant now, int freeFailures) {
        int over = failures - freeFailures;
        if (over <= 0 || isQuietSince(now)) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(over - 1, 20));
        Duration wait = Duration.between(now, lastFailureAt.plus(min(delay, SignInThrottle.MAX_WAIT)));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** One more failure; one after a quiet window starts counting afresh. */
    void failed(Instant now) {
        failures = isQuietSince(now) ? 1 : failures + 1;
        lastFailureAt = now;
    }

    void forgive() {
        failures = 0;
    }

    /** An attempt counted in advance turned out right: it was no failure. */
    void takeBackOne() {
        failures = Math.max(0, failures - 1);
    }

    private boolean isQuietSince(Instant now) {
        return lastFailureAt == null || lastFailureAt.plus(SignInThrottle.WINDOW).isBefore(now);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
