package io.clientportal.mail;

import io.clientportal.tenancy.TenantScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Delivers due outbox messages and decides what becomes of each: SENT, retried later with backoff, or FAILED. Works
 * on the EntityManagers and transactions it is handed, so it runs the same inside the container ({@link MailDelivery})
 * and in tests.
 *
 * <p>Each message is sent in a transaction of its own that holds a row lock on it from before the send until it is
 * marked SENT: a second node (or an overlapping round) waits for the lock and then finds the message no longer
 * pending, so it is never sent twice; and a failure of one message rolls back nothing of another's.
 */
public final class OutboxDelivery {

    /** Messages a tenant gets per round, so a backlog cannot make one round endless. */
    static final int BATCH = 50;
    /** Causes told in an error: enough to reach the socket error under a mail exception. */
    private static final int MAX_CAUSES = 4;

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    /** What one delivery attempt came to. */
    public enum Outcome {
        SENT,
        /** The attempt failed; the message waits for its next one. */
        RETRY_LATER,
        /** The attempt failed and was the last one. */
        FAILED,
        /** Nothing to do: already sent or given up (another node was first), not yet due, or not this tenant's. */
        SKIPPED
    }

    private final Clock clock;
    private final MailSender sender;
    private final RetryPolicy retries;

    public OutboxDelivery(Clock clock, MailSender sender) {
        this(clock, sender, RetryPolicy.DEFAULT);
    }

    public OutboxDelivery(Clock clock, MailSender sender, RetryPolicy retries) {
        this.clock = Objects.requireNonNull(clock);
        this.sender = Objects.requireNonNull(sender);
        this.retries = Objects.requireNonNull(retries);
    }

    /**
     * One round over the tenants' due messages, oldest first. The round ends at the first failed attempt: while the
     * mail server is down, every further attempt would only wait for its own connect timeout, and the messages left
     * untried keep their attempts for when it is back.
     *
     * @return the outcome of every attempt made, in order
     */
    public List<Outcome> deliverDue(List<TenantScope> tenants, TenantTransactions transactions) {
        List<Outcome> outcomes = new ArrayList<>();
        for (TenantScope tenant : tenants) {
            List<Long> due = transactions.inNewTransaction(tenant, em -> dueMessageIds(em, BATCH));
            for (long id : due) {
                Outcome outcome = transactions.inNewTransaction(tenant, em -> deliver(em, id));
                outcomes.add(outcome);
                if (outcome == Outcome.RETRY_LATER || outcome == Outcome.FAILED) {
                    return outcomes;
                }
            }
        }
        return outcomes;
    }

    /** The ids of the scoped tenant's messages due now, those waiting longest first. */
    public List<Long> dueMessageIds(EntityManager tenantScopedEm, int max) {
        return tenantScopedEm.createNamedQuery(OutboxMessage.DUE, Long.class)
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Attempts one message within the caller's transaction, which must commit right after: the row stays locked until
     * then, and the commit is what records the outcome.
     */
    public Outcome deliver(EntityManager tenantScopedEm, long messageId) {
        // Read under a row lock: whoever waited for it reads the state the lock holder committed.
        OutboxMessage message = tenantScopedEm.find(OutboxMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        return message == null ? Outcome.SKIPPED : attempt(message);
    }

    /** Sends the message if it is due and records the outcome on it. */
    Outcome attempt(OutboxMessage message) {
        if (!message.isDue(clock.instant())) {
            return Outcome.SKIPPED;
        }
        try {
            sender.send(message);
        } catch (Exception e) {
            // Any failure, a bug in a sender included, must end in a recorded attempt: otherwise the message would
            // stay due and be retried every round without backoff.
            return failed(message, describe(e));
        }
        message.markSent(clock.instant());
        return Outcome.SENT;
    }

    private Outcome failed(OutboxMessage message, String error) {
        Optional<Duration> delay = retries.delayAfter(message.getAttempts() + 1);
        if (delay.isEmpty()) {
            message.giveUp(error);
            LOG.warning(() -> "Mail " + message.getId() + " FAILED after " + message.getAttempts() + " attempts: "
                    + message.getLastError());
            return Outcome.FAILED;
        }
        Instant next = clock.instant().plus(delay.get());
        message.retryAt(next, error);
        LOG.warning(() -> "Mail " + message.getId() + " not sent (attempt " + message.getAttempts() + "), next attempt "
                + next + ": " + message.getLastError());
        return Outcome.RETRY_LATER;
    }

    /** The exception with its causes on one line; mail exceptions put their nested cause on further lines. */
    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(String.valueOf(e));
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (text.indexOf(String.valueOf(cause.getMessage())) < 0) {
                text.append("; caused by ").append(cause);
            }
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
