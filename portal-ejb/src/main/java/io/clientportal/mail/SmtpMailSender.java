package io.clientportal.mail;

import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Objects;

/**
 * Sends over SMTP with a Jakarta Mail session that carries the server, port, sender address and timeouts (in the
 * application the {@code java:app/mail/portal} session, see {@link MailDelivery}).
 */
public final class SmtpMailSender implements MailSender {

    private final Session session;
    /** Null when the server takes mail without signing in. */
    private final PasswordAuthentication login;

    private SmtpMailSender(Session session, PasswordAuthentication login) {
        this.session = Objects.requireNonNull(session);
        this.login = login;
    }

    /** For a server that takes mail without signing in. */
    public static SmtpMailSender anonymous(Session session) {
        return new SmtpMailSender(session, null);
    }

    /**
     * For a server that wants a login. The credentials are given to each connection rather than kept in the session:
     * a session's properties are readable by any code that looks it up.
     */
    public static SmtpMailSender signingIn(Session session, String user, String password) {
        return new SmtpMailSender(session, new PasswordAuthentication(Objects.requireNonNull(user),
                Objects.requireNonNull(password)));
    }

    @Override
    public void send(OutboxMessage message) throws MessagingException {
        MimeMessage mime = new OutboxMimeMessage(session, message);
        mime.setFrom();
        mime.setRecipient(RecipientType.TO, new InternetAddress(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        if (message.getHtml().isPresent()) {
            mime.setContent(alternatives(message.getBody(), message.getHtml().get()));
        } else {
            mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
        }
        // When the change that wrote it was made (RFC 5322's Date), on the application's clock, the same on a retry.
        mime.setSentDate(Date.from(message.getCreatedAt()));
        if (login == null) {
            Transport.send(mime);
        } else {
            Transport.send(mime, login.getUserName(), login.getPassword());
        }
    }

    /** Text first, HTML last: RFC 2046 puts the alternative the sender prefers at the end. */
    private static MimeMultipart alternatives(String text, String html) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name());
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(plain);
        alternatives.addBodyPart(rich);
        return alternatives;
    }

    /**
     * A message whose Message-ID follows from the outbox row, the same on every attempt. Should the server take a
     * message and the database then fail to record it as SENT, the retry repeats the Message-ID, and receiving systems
     * can recognise the duplicate.
     */
    private static final class OutboxMimeMessage extends MimeMessage {

        private final OutboxMessage outboxMessage;

        OutboxMimeMessage(Session session, OutboxMessage outboxMessage) {
            super(session);
            this.outboxMessage = outboxMessage;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<outbox." + outboxMessage.getId() + "."
                    + outboxMessage.getCreatedAt().toEpochMilli() + "@" + senderDomain() + ">");
        }

        private String senderDomain() throws MessagingException {
            Address[] from = getFrom();
            String address = from == null || from.length == 0 ? "" : ((InternetAddress) from[0]).getAddress();
            int at = address.lastIndexOf('@');
            return at < 0 ? "localhost" : address.substring(at + 1);
        }
    }
}
