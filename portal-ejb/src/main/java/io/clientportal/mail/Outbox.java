package io.clientportal.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Where features hand over the mail they send. A message is written with the caller's EntityManager, in the caller's
 * transaction: it is committed exactly when the change it reports is, and delivered afterwards by
 * {@link MailDelivery}. Nothing is sent from here, so a slow or unreachable mail server never holds up a request.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    @Inject
    private Clock clock;

    public Outbox() {
        // The container injects the clock.
    }

    public Outbox(Clock clock) {
        this.clock = clock;
    }

    /**
     * Queues a plain-text message to one recipient.
     *
     * @param tenantScopedEm the caller's EntityManager, scoped to the tenant the message belongs to and joined to the
     *                       caller's transaction
     * @throws IllegalArgumentException if the recipient is not one valid address, the subject spans lines, or a part
     *                                  is longer than the outbox keeps
     */
    public OutboxMessage enqueue(EntityManager tenantScopedEm, String to, String subject, String text) {
        return write(tenantScopedEm, new OutboxMessage(recipient(to), subject(subject), body(text), null,
                clock.instant()));
    }

    /**
     * Queues a message with text and HTML alternatives of the same content (mail clients show the one they can).
     *
     * @see #enqueue(EntityManager, String, String, String)
     */
    public OutboxMessage enqueue(EntityManager tenantScopedEm, String to, String subject, String text, String html) {
        return write(tenantScopedEm, new OutboxMessage(recipient(to), subject(subject), body(text), html(html),
                clock.instant()));
    }

    private static OutboxMessage write(EntityManager tenantScopedEm, OutboxMessage message) {
        if (!tenantScopedEm.isJoinedToTransaction()) {
            // Written outside the change's transaction, the message could outlive a rolled-back change or be lost
            // with a committed one: exactly what the outbox is for.
            throw new IllegalStateException("Enqueue mail in the transaction of the change it reports");
        }
        tenantScopedEm.persist(message);
        return message;
    }

    /** The tenant's latest messages, newest first, with their delivery state: what the admins see. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OutboxMessage> latest(EntityManager tenantScopedEm, int max) {
        return tenantScopedEm.createNamedQuery(OutboxMessage.LATEST, OutboxMessage.class)
                .setMaxResults(max)
                .getResultList();
    }

    private static String recipient(String to) {
        String address = Objects.requireNonNull(to, "recipient").strip();
        try {
            // Strict parsing refuses lists and display names: one message goes to exactly one address.
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (!parsed.getAddress().equals(address) || address.length() > OutboxMessage.MAX_RECIPIENT) {
                throw new AddressException("not a single plain address", address);
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not a valid recipient: " + address, e);
        }
        return address;
    }

    private static String subject(String subject) {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank() || subject.length() > OutboxMessage.MAX_SUBJECT) {
            throw new IllegalArgumentException("A subject needs 1 to " + OutboxMessage.MAX_SUBJECT + " characters");
        }
        // A line break in a subject would let its text pose as further mail headers.
        if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("A subject is one line");
        }
        return subject;
    }

    private static String html(String html) {
        Objects.requireNonNull(html, "html");
        if (html.length() > OutboxMessage.MAX_HTML) {
            throw new IllegalArgumentException("An HTML part has at most " + OutboxMessage.MAX_HTML + " characters");
        }
        return html;
    }

    private static String body(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > OutboxMessage.MAX_BODY) {
            throw new IllegalArgumentException("A message body has at most " + OutboxMessage.MAX_BODY + " characters");
        }
        return text;
    }
}
