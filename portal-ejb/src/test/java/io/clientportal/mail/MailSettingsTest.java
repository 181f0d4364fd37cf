package io.clientportal.mail;

import static io.clientportal.mail.MailSettings.AUTH;
import static io.clientportal.mail.MailSettings.DELIVERY;
import static io.clientportal.mail.MailSettings.FROM;
import static io.clientportal.mail.MailSettings.HOST;
import static io.clientportal.mail.MailSettings.PASSWORD;
import static io.clientportal.mail.MailSettings.PORT;
import static io.clientportal.mail.MailSettings.SSL;
import static io.clientportal.mail.MailSettings.USER;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    /** Every key the declared mail session resolves when the application starts, in either mode. */
    private static final List<String> SESSION_KEYS = List.of(HOST, PORT, SSL, FROM, AUTH);

    /** The settings an operator gets from these environment variables (name, value, name, value...). */
    private static MailSettings settings(String... variables) {
        Map<String, String> environment = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            environment.put(variables[i], variables[i + 1]);
        }
        return new MailSettings(environment::get);
    }

    @Test
    void withoutAnSmtpHostWritesMailToTheLog() {
        MailSettings settings = settings("PORTAL_SMTP_USER", "ignored-without-a-host");

        assertEquals(MailSettings.LOG, settings.getValue(DELIVERY));
    }

    @Test
    void withAnSmtpHostSendsThroughItWithoutSigningIn() {
        MailSettings settings = settings("PORTAL_SMTP_HOST", "smtp.agency.example", "PORTAL_SMTP_PORT", "2525",
                "PORTAL_MAIL_FROM", "Acme Portal <portal@acme.example>");

        assertAll(
                () -> assertEquals(MailSettings.SMTP, settings.getValue(DELIVERY)),
                () -> assertEquals("smtp.agency.example", settings.getValue(HOST)),
                () -> assertEquals("2525", settings.getValue(PORT)),
                () -> assertEquals("false", settings.getValue(SSL)),
                () -> assertEquals("Acme Portal <portal@acme.example>", settings.getValue(FROM)),
                () -> assertEquals("false", settings.getValue(AUTH)),
                () -> assertFalse(settings.getPropertyNames().contains(USER)),
                () -> assertFalse(settings.getPropertyNames().contains(PASSWORD)));
    }

    @Test
    void withAUserSignsInWithThePassword() {
        MailSettings settings = settings("PORTAL_SMTP_HOST", "smtp.agency.example", "PORTAL_SMTP_USER", "portal",
                "PORTAL_SMTP_PASSWORD", "s3cret");

        assertAll(
                () -> assertEquals("true", settings.getValue(AUTH)),
                () -> assertEquals("portal", settings.getValue(USER)),
                () -> assertEquals("s3cret", settings.getValue(PASSWORD)));
    }

    @Test
    void usesTheSmtpPortAndANoReplySenderByDefault() {
        MailSettings settings = settings("PORTAL_SMTP_HOST", "smtp.agency.example");

        assertEquals("25", settings.getValue(PORT));
        assertTrue(settings.getValue(FROM).contains("no-reply@"), settings.getValue(FROM));
    }

    @Test
    void speaksTlsFromTheStartOnTheSmtpsPort() {
        assertEquals("true", settings("PORTAL_SMTP_HOST", "smtp.agency.example", "PORTAL_SMTP_PORT", "465")
                .getValue(SSL));
    }

    @Test
    void givesTheMailSessionAValueForEveryAttributeInBothModes() {
        for (MailSettings settings : List.of(settings(), settings("PORTAL_SMTP_HOST", "smtp.agency.example"))) {
            SESSION_KEYS.forEach(key -> assertNotNull(settings.getValue(key), key));
            SESSION_KEYS.forEach(key -> assertFalse(settings.getValue(key).isBlank(), key));
        }
    }

    @Test
    void givesWayToTheEnvironmentAndSystemProperties() {
        assertTrue(settings().getOrdinal() < 100, "ordinal " + settings().getOrdinal());
    }

    @Test
    void isRegisteredAsAConfigSourceNextToTheDatabaseSettings() {
        List<Class<?>> sources = ServiceLoader.load(ConfigSource.class).stream()
                .<Class<?>>map(ServiceLoader.Provider::type).toList();

        assertTrue(sources.contains(MailSettings.class), sources.toString());
        assertTrue(sources.contains(io.clientportal.database.DatabaseSettings.class), sources.toString());
    }
}
