package io.clientportal.mail;

import jakarta.mail.MessagingException;

/** Hands one outbox message on: to a mail server, or to the log when there is none. */
@FunctionalInterface
public interface MailSender {

    /**
     * Sends the message or throws; returning normally means it has left, and the outbox marks it SENT.
     *
     * @throws MessagingException when the message could not be handed over; the outbox retries it later
     */
    void send(OutboxMessage message) throws MessagingException;
}
