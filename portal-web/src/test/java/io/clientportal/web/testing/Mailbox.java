package io.clientportal.web.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) that the server under test delivers to, on the port the build gives it. The outbox
 * delivers every few seconds, so reading waits.
 */
public final class Mailbox implements AutoCloseable {

    private static final long WAIT_MILLIS = 45_000;
    private static final Pattern LINK = Pattern.compile("(https?://\\S+/set-password\\.xhtml\\?token=([A-Za-z0-9_-]+))");

    private final GreenMail server;

    public Mailbox() {
        server = new GreenMail(new ServerSetup(Integer.getInteger("portal.test.smtp.port", 3025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Waits for the next message to this address whose subject contains the given words. */
    public MimeMessage await(String to, String subjectPart) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<MimeMessage> found = to(to).stream().filter(m -> subject(m).contains(subjectPart)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            server.waitForIncomingEmail(1_000, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail to " + to + " about '" + subjectPart + "' within " + WAIT_MILLIS + " ms");
    }

    public List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> recipients(m).contains(address)).toList();
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    /** The decoded HTML alternative of a multipart/alternative message; fails for a message without one. */
    public static String html(MimeMessage message) {
        try {
            if (message.getContent() instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/html")) {
                        return (String) part.getContent();
                    }
                }
            }
            throw new AssertionError("No HTML part in: " + body(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether anything but the text itself travels with the message: a part of a kind other than
     * multipart/alternative, or one that is not a text or HTML alternative.
     */
    public static boolean hasAttachment(MimeMessage message) {
        try {
            if (!(message.getContent() instanceof Multipart parts)) {
                return false;
            }
            if (!message.isMimeType("multipart/alternative")) {
                return true;
            }
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                boolean alternative = part.isMimeType("text/plain") || part.isMimeType("text/html");
                if (!alternative || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    return true;
                }
            }
            return false;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The set-password link in a message: the full URL, and the token alone. */
    public static Matcher link(MimeMessage message) {
        return find(message, LINK);
    }

    /** The first match of a pattern in the message's decoded body (quoted-printable line breaks removed). */
    public static Matcher find(MimeMessage message, Pattern pattern) {
        Matcher found = pattern.matcher(body(message).replace("=\r\n", "").replace("=3D", "="));
        if (!found.find()) {
            throw new AssertionError("No " + pattern + " in: " + body(message));
        }
        return found;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
