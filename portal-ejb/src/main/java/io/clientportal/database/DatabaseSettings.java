package io.clientportal.database;

import io.clientportal.config.DerivedSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Derives the datasource settings from the few variables an operator sets, so that one {@code @DataSourceDefinition}
 * serves both databases: with {@code PORTAL_DB_URL} unset the portal runs on an embedded H2 database in
 * {@code PORTAL_DATA_DIR}; with it set, on that (PostgreSQL) database. Demo data defaults to on for the embedded
 * database only.
 *
 * <p>A ConfigSource rather than defaults in {@code microprofile-config.properties}, because the datasource class and
 * the connection validation depend on the URL (and Payara does not resolve an application's properties file when it
 * creates the datasource). Its ordinal is below the environment's and system properties', so an
 * operator can still set any {@code portal.datasource.*} key directly.
 */
public class DatabaseSettings extends DerivedSettings {

    public static final String URL = "portal.datasource.url";
    public static final String DATA_SOURCE_CLASS = "portal.datasource.class-name";
    public static final String USER = "portal.datasource.user";
    public static final String PASSWORD = "portal.datasource.password";
    public static final String VALIDATION_CLASS = "portal.datasource.validation-class";
    public static final String DEMO_DATA = "portal.demo-data";

    private static final String H2_DATA_SOURCE = "org.h2.jdbcx.JdbcDataSource";

    public DatabaseSettings() {
        this(DerivedSettings::variable);
    }

    DatabaseSettings(UnaryOperator<String> variables) {
        super("client-portal-database-settings", derive(variables));
    }

    private static Map<String, String> derive(UnaryOperator<String> variables) {
        String url = variables.apply("PORTAL_DB_URL");
        if (url == null) {
            String dataDir = variables.apply("PORTAL_DATA_DIR");
            Path folder = Path.of(dataDir == null ? "data" : dataDir).toAbsolutePath().normalize();
            return Map.of(
                    // WRITE_DELAY=0: each commit is in the file before it returns. H2's default writes commits up
                    // to half a second later, and a crashed or killed server lost what it had answered as saved.
                    URL, "jdbc:h2:file:" + folder.resolve("portal") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                    DATA_SOURCE_CLASS, H2_DATA_SOURCE,
                    // MicroProfile Config treats an empty value as missing, so the embedded database gets a password.
                    USER, "portal",
                    PASSWORD, "portal",
                    VALIDATION_CLASS, "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                    DEMO_DATA, demoData(variables, true));
        }
        return Map.of(
                URL, url,
                DATA_SOURCE_CLASS, url.startsWith("jdbc:h2:") ? H2_DATA_SOURCE : "org.postgresql.ds.PGSimpleDataSource",
                USER, orEmpty(variables.apply("PORTAL_DB_USER")),
                PASSWORD, orEmpty(variables.apply("PORTAL_DB_PASSWORD")),
                // PostgreSQL may kill idle connections; only a real round trip notices (see server-config).
                VALIDATION_CLASS, "org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                DEMO_DATA, demoData(variables, false));
    }

    /** Demo mode defaults to on for the embedded database only; PORTAL_DEMO_DATA decides when set. */
    private static String demoData(UnaryOperator<String> variables, boolean embedded) {
        String configured = variables.apply("PORTAL_DEMO_DATA");
        return configured == null ? Boolean.toString(embedded) : Boolean.toString(Boolean.parseBoolean(configured));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
