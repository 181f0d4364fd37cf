package io.clientportal.mail;

import io.clientportal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One email of a tenant's, from the moment the change it reports commits until it is sent or given up. Only
 * {@link OutboxDelivery} moves it on; the state moves forward only, so a SENT message is never sent again.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessage.DUE, query = "select m.id from OutboxMessage m where m.state = :pending "
        + "and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedQuery(name = OutboxMessage.LATEST, query = "select m from OutboxMessage m order by m.createdAt desc, m.id desc")
public class OutboxMessage extends TenantOwned {

    public static final String DUE = "OutboxMessage.due";
    public static final String LATEST = "OutboxMessage.latest";

    static final int MAX_RECIPIENT = 254;
    static final int MAX_SUBJECT = 500;
    static final int MAX_BODY = 20_000;
    static final int MAX_HTML = 60_000;
    static final int MAX_ERROR = 1000;

    private String recipient;
    private String subject;
    private String body;
    /** The HTML alternative of the body; null for a plain-text message. */
    private String html;
    @Enumerated(EnumType.STRING)
    private DeliveryState state;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Version
    private long version;

    protected OutboxMessage() {
    }

    /** A message due at once. The arguments are checked by {@link Outbox}, the only place that creates one. */
    OutboxMessage(String recipient, String subject, String body, String html, Instant now) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.html = html;
        this.state = DeliveryState.PENDING;
        this.createdAt = stored(now);
        this.nextAttemptAt = createdAt;
    }

    public boolean isDue(Instant now) {
        return state == DeliveryState.PENDING && !nextAttemptAt.isAfter(now);
    }

    void markSent(Instant now) {
        requirePending();
        attempts++;
        state = DeliveryState.SENT;
        sentAt = stored(now);
        nextAttemptAt = null;
    }

    void retryAt(Instant next, String error) {
        requirePending();
        attempts++;
        nextAttemptAt = stored(next);
        lastError = truncate(error);
    }

    void giveUp(String error) {
        requirePending();
        attempts++;
        state = DeliveryState.FAILED;
        nextAttemptAt = null;
        lastError = truncate(error);
    }

    private void requirePending() {
        if (state != DeliveryState.PENDING) {
            throw new IllegalStateException("Message " + getId() + " is already " + state);
        }
    }

    /**
     * The instant as the database keeps it. Both databases round to microseconds: a nanosecond instant could come
     * back later than it was written, and a message enqueued "now" would not be due now.
     */
    private static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static String truncate(String error) {
        String text = error == null || error.isBlank() ? "unknown error" : error;
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    /** The HTML alternative of {@link #getBody()}, if the message has one. */
    public Optional<String> getHtml() {
        return Optional.ofNullable(html);
    }

    public DeliveryState getState() {
        return state;
    }

    /** Delivery attempts made so far, the successful one included. */
    public int getAttempts() {
        return attempts;
    }

    /** When the next attempt is due; only a PENDING message has one. */
    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    /** Why the latest failed attempt failed; kept after a later success, so admins see that it had trouble. */
    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
