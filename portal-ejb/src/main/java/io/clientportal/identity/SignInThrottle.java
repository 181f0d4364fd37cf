package io.clientportal.identity;

import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows down password guessing per account and per client address, without locking anyone out for long.
 *
 * <p>The rule: the first {@value #FREE_FAILURES_PER_ACCOUNT} failures for an account, and the first
 * {@value #FREE_FAILURES_PER_ADDRESS} from one client address (an office shares one), within {@link #WINDOW} cost
 * nothing. After that, each further failure makes the key wait before its next attempt: 1 s, 2 s, 4 s ... doubling up
 * to {@link #MAX_WAIT}. A success clears the account's count; a quiet {@link #WINDOW} clears any count. So an attacker
 * soon gets about one guess a minute per account and per address, while the real owner is never kept waiting longer
 * than {@link #MAX_WAIT}.
 *
 * <p>Deciding and counting are one step: {@link #attempt} locks the account's and the address's rows and either
 * answers how long to wait, counting nothing, or counts the attempt as a failure before its password is even checked
 * ({@link #succeeded} takes that back). So guesses sent at once cannot all pass the check before any of them is
 * counted, and the counts hold for every node that shares the database.
 */
@Stateless
public class SignInThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_WAIT = Duration.ofMinutes(1);
    private static final int MAX_EMAIL = 254;

    @Inject
    private TenantPersistence persistence;

    @Inject
    private Clock clock;

    public SignInThrottle() {
    }

    /** Outside the container: the tests hand in an EntityManager in a transaction of their own, and their clock. */
    SignInThrottle(EntityManager em, Clock clock) {
        this.persistence = new TenantPersistence(em);
        this.clock = clock;
    }

    /**
     * Asks to check a password of the account from the address. Zero: go ahead, the attempt already counts as a
     * failure until {@link #succeeded}. Otherwise how long it must still wait; then nothing was counted.
     */
    public Duration attempt(long tenantId, String email, String clientAddress) {
        Instant now = clock.instant();
        ThrottleCount account = locked(accountKey(tenantId, email));
        ThrottleCount address = locked(addressKey(clientAddress));
        Duration forAccount = account.waitAt(now, FREE_FAILURES_PER_ACCOUNT);
        Duration forAddress = address.waitAt(now, FREE_FAILURES_PER_ADDRESS);
        Duration wait = forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
        if (wait.isZero()) {
            account.failed(now);
            address.failed(now);
        }
        return wait;
    }

    /** The attempt's password was right: the account is forgiven, and the address's count of it taken back. */
    public void succeeded(long tenantId, String email, String clientAddress) {
        locked(accountKey(tenantId, email)).forgive();
        locked(addressKey(clientAddress)).takeBackOne();
    }

    /** The key's row, locked until the transaction ends; created (under the creation lock) on its first attempt. */
    private ThrottleCount locked(String key) {
        EntityManager em = persistence.unscoped();
        ThrottleCount count = em.find(ThrottleCount.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (count != null) {
            return count;
        }
        em.find(ThrottleCount.class, ThrottleCount.CREATION_LOCK, LockModeType.PESSIMISTIC_WRITE);
        // Whoever held the creation lock before may have created this very key: look again under the lock.
        count = em.find(ThrottleCount.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (count == null) {
            count = new ThrottleCount(key);
            em.persist(count);
            em.flush();
        }
        return count;
    }

    private static String accountKey(long tenantId, String email) {
        String normalized = UserAccount.normalize(email == null ? "" : email);
        // No account has a longer email; cut, an overlong guess still counts (against the address as well).
        return "account:" + tenantId + ":" + normalized.substring(0, Math.min(normalized.length(), MAX_EMAIL));
    }

    private static String addressKey(String clientAddress) {
        return "address:" + String.valueOf(clientAddress).toLowerCase(Locale.ROOT);
    }
}
