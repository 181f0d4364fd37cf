package io.clientportal.database;

import static io.clientportal.database.DatabaseSettings.DEMO_DATA;
import static io.clientportal.database.DatabaseSettings.DATA_SOURCE_CLASS;
import static io.clientportal.database.DatabaseSettings.PASSWORD;
import static io.clientportal.database.DatabaseSettings.URL;
import static io.clientportal.database.DatabaseSettings.USER;
import static io.clientportal.database.DatabaseSettings.VALIDATION_CLASS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsTest {

    private static final String H2_FILE = "jdbc:h2:file:";
    private static final String POSTGRES_URL = "jdbc:postgresql://db.internal:5432/portal";
    private static final List<String> KEYS =
            List.of(URL, DATA_SOURCE_CLASS, USER, PASSWORD, VALIDATION_CLASS, DEMO_DATA);

    /** The settings an operator gets from these environment variables (name, value, name, value...). */
    private static DatabaseSettings settings(String... variables) {
        Map<String, String> environment = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            environment.put(variables[i], variables[i + 1]);
        }
        return new DatabaseSettings(environment::get);
    }

    /** The database file an embedded H2 URL points at. */
    private static Path h2File(DatabaseSettings settings) {
        String url = settings.getValue(URL);
        assertTrue(url.startsWith(H2_FILE), url);
        return Path.of(url.substring(H2_FILE.length(), url.indexOf(';')));
    }

    @Test
    void withoutADatabaseUrlRunsOnAnEmbeddedH2DatabaseInTheDataFolder(@TempDir Path dataDir) {
        DatabaseSettings settings = settings("PORTAL_DATA_DIR", dataDir.toString());

        assertAll(
                () -> assertEquals(dataDir.resolve("portal"), h2File(settings)),
                () -> assertTrue(settings.getValue(URL).endsWith("/portal;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"),
                        settings.getValue(URL)),
                () -> assertEquals("org.h2.jdbcx.JdbcDataSource", settings.getValue(DATA_SOURCE_CLASS)),
                () -> assertEquals("portal", settings.getValue(USER)),
                () -> assertEquals("org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                        settings.getValue(VALIDATION_CLASS)),
                () -> assertEquals("true", settings.getValue(DEMO_DATA)));
    }

    @Test
    void resolvesARelativeDataFolderToAnAbsoluteOne() {
        Path file = h2File(settings("PORTAL_DATA_DIR", "var/../portal-data"));

        assertTrue(file.isAbsolute(), file.toString());
        assertEquals(Path.of("portal-data").toAbsolutePath().resolve("portal"), file);
    }

    @Test
    void keepsItsDataInADataFolderOfTheWorkingDirectoryByDefault() {
        assertEquals(Path.of("data", "portal").toAbsolutePath(), h2File(settings()));
    }

    @Test
    void withAPostgresUrlRunsOnThatDatabase() {
        DatabaseSettings settings = settings("PORTAL_DB_URL", POSTGRES_URL,
                "PORTAL_DB_USER", "portal", "PORTAL_DB_PASSWORD", "s3cret", "PORTAL_DATA_DIR", "/ignored");

        assertAll(
                () -> assertEquals(POSTGRES_URL, settings.getValue(URL)),
                () -> assertEquals("org.postgresql.ds.PGSimpleDataSource", settings.getValue(DATA_SOURCE_CLASS)),
                () -> assertEquals("portal", settings.getValue(USER)),
                () -> assertEquals("s3cret", settings.getValue(PASSWORD)),
                () -> assertEquals("org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                        settings.getValue(VALIDATION_CLASS)),
                () -> assertEquals("false", settings.getValue(DEMO_DATA)));
    }

    @Test
    void leavesMissingCredentialsEmpty() {
        DatabaseSettings settings = settings("PORTAL_DB_URL", POSTGRES_URL);

        assertEquals("", settings.getValue(USER));
        assertEquals("", settings.getValue(PASSWORD));
    }

    @Test
    void anExternalH2UrlGetsTheH2DataSourceButNoDemoData() {
        DatabaseSettings settings = settings("PORTAL_DB_URL", "jdbc:h2:tcp://db.internal/portal");

        assertEquals("org.h2.jdbcx.JdbcDataSource", settings.getValue(DATA_SOURCE_CLASS));
        assertEquals("false", settings.getValue(DEMO_DATA));
    }

    @Test
    void demoDataFollowsPortalDemoDataWhenSet() {
        assertEquals("false", settings("PORTAL_DEMO_DATA", "false").getValue(DEMO_DATA));
        assertEquals("true", settings("PORTAL_DB_URL", POSTGRES_URL, "PORTAL_DEMO_DATA", "true").getValue(DEMO_DATA));
        assertEquals("false", settings("PORTAL_DEMO_DATA", "nonsense").getValue(DEMO_DATA));
    }

    @Test
    void givesAValueForEveryKeyInBothModes() {
        for (DatabaseSettings settings : List.of(settings(), settings("PORTAL_DB_URL", POSTGRES_URL))) {
            assertTrue(settings.getPropertyNames().containsAll(KEYS), settings.getPropertyNames().toString());
            KEYS.forEach(key -> assertNotNull(settings.getValue(key), key));
        }
    }

    @Test
    void givesWayToTheEnvironmentSystemPropertiesAndTheApplicationsOwnConfig() {
        assertTrue(settings().getOrdinal() < 100, "ordinal " + settings().getOrdinal());
    }

    @Test
    void isRegisteredAsAConfigSource() {
        assertTrue(ServiceLoader.load(ConfigSource.class).stream()
                .anyMatch(provider -> provider.type() == DatabaseSettings.class));
    }
}
