package io.clientportal.mail;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.spi.ConfigSource;

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
public class MailSettings implements ConfigSource {

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

    private static final int ORDINAL = 50;
    private static final String DEFAULT_PORT = "25";
    private static final String SMTPS_PORT = "465";
    private static final String DEFAULT_FROM = "Client Portal <no-reply@localhost>";
    /** Never connected to: stands in for the host when mail goes to the log. */
    private static final String NO_HOST = "localhost";

    private final Map<String, String> values;

    public MailSettings() {
        this(MailSettings::lookup);
    }

    MailSettings(UnaryOperator<String> variables) {
        this.values = derive(variables);
    }

    private static String lookup(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? null : value.strip();
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

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "client-portal-mail-settings";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
