package io.clientportal.mail;

import java.util.logging.Logger;

/**
 * Writes each message, body and all, to the log instead of sending it: the delivery of a run without an SMTP host, so
 * that a newcomer trying the demo finds invitation and reset links in the console.
 */
public final class LoggingMailSender implements MailSender {

    private static final Logger LOG = Logger.getLogger(LoggingMailSender.class.getName());

    @Override
    public void send(OutboxMessage message) {
        String nl = System.lineSeparator();
        LOG.info(() -> "Mail (no SMTP host configured, so written here instead of sent)" + nl
                + "To: " + message.getRecipient() + nl
                + "Subject: " + message.getSubject() + nl
                + nl
                + message.getBody());
    }
}
