package io.clientportal.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. The datasource is declared here, by the
 * application itself, so a newcomer needs no server set-up; its settings come from {@link DatabaseSettings}.
 *
 * <p>A pooled connection is checked at most once a minute, not on every checkout: checking on every checkout cost a
 * {@code SELECT 1} per service call (35 on one view of the time list). A connection the database dropped meanwhile
 * fails the statement that meets it, and that failure makes the pool drop all its connections at once
 * ({@code fail-all-connections}), so the next request works on new ones.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATASOURCE,
        className = "${MPCONFIG=" + DatabaseSettings.DATA_SOURCE_CLASS + "}",
        url = "${MPCONFIG=" + DatabaseSettings.URL + "}",
        user = "${MPCONFIG=" + DatabaseSettings.USER + "}",
        password = "${MPCONFIG=" + DatabaseSettings.PASSWORD + "}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=${MPCONFIG=" + DatabaseSettings.VALIDATION_CLASS + "}",
                "fish.payara.validate-atmost-once-period-in-seconds=60",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    public static final String DATASOURCE = "java:app/jdbc/portal";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    private volatile boolean migrated;

    // Not named like the static method below: Payara looks lifecycle callbacks up by name and, depending on reflection
    // order, called migrate(DataSource) with no argument ("wrong number of arguments"), failing the deployment.
    @PostConstruct
    void migrateOnStartup() {
        MigrateResult result = migrate(dataSource);
        migrated = true;
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    /** Whether the schema is up to date: the application is not ready before (see {@code readiness}). */
    @Lock(LockType.READ)
    public boolean migrated() {
        return migrated;
    }

    /**
     * Applies the pending migrations; also used by tests that run outside the container. PostgreSQL also gets the
     * migrations of {@code db/postgresql}: defences the embedded database has no means for. Their versions continue
     * the portable ones' sequence, so both sets apply in one order.
     */
    public static MigrateResult migrate(DataSource dataSource) {
        String[] locations = isPostgreSql(dataSource)
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .load()
                .migrate();
    }

    private static boolean isPostgreSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer: " + e.getMessage(), e);
        }
    }
}
