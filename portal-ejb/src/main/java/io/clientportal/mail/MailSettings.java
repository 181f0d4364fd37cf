package io.clientportal.mail;

import io.clientportal.config.DerivedSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Derives the mail settings from the variables an operator sets ({@code PORTAL_SMTP_HOST}, {@code PORTAL_SMTP_PORT},
 * {@code PORTAL_SMTP_USER}, {@code PORTAL_SMTP_PASSWORD}, {@code PORTAL_MAIL_FROM}). Without an SMTP host, mail is
 * written to the log instead of sent.
 *
 * <p>A ConfigSource, because the mail session the application declares ({@link MailDelivery}) resolves its attributes
 * through MicroProfile Config when it is created, and every attribute needs a value then, even when nothing is sent:
 * an unresolved one stays the literal {@code ${MPCONFIG=...}} text. So host, port, sender and the login switch always
 * have one here; user and password only when set, as no session attribute reads them (the credentials go to each
 * connection instead, see {@link SmtpMailSender}). Its ordinal is below the environment's and system properties', so
 * an operator can still set any {@code portal.mail.*} key directly.
 */
public class MailSettings extends DerivedSettings {

    /** {@value #SMTP} or {@value #LOG}: whether mail goes to the SMTP server or to the log. */
    public static final String DELIVERY = "portal.mail.delivery";
    public static final String HOST = "portal.mail.host";
    public static final String PORT = "portal.mail.port";
    /** "true" on port 465, where the connection is TLS from the start (SMTPS) rather than upgraded by STARTTLS. */
    public static final String SSL = "portal.mail.ssl";
    public static final String FROM = "portal.mail.from";
    /** "true" when a user is set: the session then signs in and insists on STARTTLS, so no password goes out plain. */
    public static final String AUTH = "portal.mail.auth";
    public static final String USER = "portal.mail.user";
    public static final String PASSWORD = "portal.mail.password";

    public static final String SMTP = "smtp";
    public static final String LOG = "log";

    private static final String DEFAULT_PORT = "25";
    private static final String SMTPS_PORT = "465";
    private static final String DEFAULT_FROM = "Client Portal <no-reply@localhost>";
    /** Never connected to: stands in for the host when mail goes to the log. */
    private static final String NO_HOST = "localhost";

    public MailSettings() {
        this(DerivedSettings::variable);
    }

    MailSettings(UnaryOperator<String> variables) {
        super("client-portal-mail-settings", derive(variables));
    }

    private static Map<String, String> derive(UnaryOperator<String> variables) {
        String host = variables.apply("PORTAL_SMTP_HOST");
        String port = variables.apply("PORTAL_SMTP_PORT");
        String from = variables.apply("PORTAL_MAIL_FROM");
        String user = variables.apply("PORTAL_SMTP_USER");
        String password = variables.apply("PORTAL_SMTP_PASSWORD");

        Map<String, String> derived = new HashMap<>();
        derived.put(DELIVERY, host == null ? LOG : SMTP);
        derived.put(HOST, host == null ? NO_HOST : host);
        derived.put(PORT, port == null ? DEFAULT_PORT : port);
        derived.put(SSL, Boolean.toString(SMTPS_PORT.equals(port)));
        derived.put(FROM, from == null ? DEFAULT_FROM : from);
        derived.put(AUTH, Boolean.toString(user != null));
        if (user != null) {
            derived.put(USER, user);
        }
        if (password != null) {
            derived.put(PASSWORD, password);
        }
        return Map.copyOf(derived);
    }
}
