package io.clientportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing per account and per client address, without locking anyone out for long.
 *
 * <p>The rule: the first {@value #FREE_FAILURES_PER_ACCOUNT} failures for an account, and the first
 * {@value #FREE_FAILURES_PER_ADDRESS} from one client address (an office shares one), within {@link #WINDOW} cost
 * nothing. After that, each further failure makes the key wait before its next attempt: 1 s, 2 s, 4 s ... doubling up
 * to {@link #MAX_WAIT}. A success clears the account's count; a quiet {@link #WINDOW} clears any count. So an attacker soon gets about one guess a
 * minute per account and per address, while the real owner is never kept waiting longer than {@link #MAX_WAIT}.
 *
 * <p>Per node and in memory: a restart forgives, which is acceptable for a delay (not a lock).
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_WAIT = Duration.ofMinutes(1);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Inject
    private Clock clock;

    protected SignInThrottle() {
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the attempt must still wait; zero when it may go ahead. */
    public Duration waitBefore(long tenantId, String email, String clientAddress) {
        Instant now = clock.instant();
        Duration forAccount = waitFor(accountKey(tenantId, email), FREE_FAILURES_PER_ACCOUNT, now);
        Duration forAddress = waitFor(addressKey(clientAddress), FREE_FAILURES_PER_ADDRESS, now);
        return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
    }

    public void failed(long tenantId, String email, String clientAddress) {
        Instant now = clock.instant();
        failures.merge(accountKey(tenantId, email), Failures.first(now), (old, first) -> old.plusOne(now));
        failures.merge(addressKey(clientAddress), Failures.first(now), (old, first) -> old.plusOne(now));
    }

    public void succeeded(long tenantId, String email) {
        failures.remove(accountKey(tenantId, email));
    }

    private Duration waitFor(String key, int freeFailures, Instant now) {
        Failures count = failures.get(key);
        if (count == null || count.last.plus(WINDOW).isBefore(now)) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(now, count.last.plus(count.delayAfter(freeFailures)));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private static String accountKey(long tenantId, String email) {
        return "account:" + tenantId + ":" + UserAccount.normalize(email == null ? "" : email);
    }

    private static String addressKey(String clientAddress) {
        return "address:" + String.valueOf(clientAddress).toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {

        static Failures first(Instant now) {
            return new Failures(1, now);
        }

        Failures plusOne(Instant now) {
            // A failure after a quiet window starts counting afresh.
            return last.plus(WINDOW).isBefore(now) ? first(now) : new Failures(count + 1, now);
        }

        Duration delayAfter(int freeFailures) {
            int over = count - freeFailures;
            if (over <= 0) {
                return Duration.ZERO;
            }
            Duration delay = Duration.ofSeconds(1L << Math.min(over - 1, 20));
            return delay.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : delay;
        }
    }
}
