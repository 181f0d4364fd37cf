package io.clientportal.database;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The migrations on a fresh in-memory H2 database: they apply, and the schema enforces its own rules. */
class SchemaMigrationTest {

    private static final String NOT_NULL_VIOLATION = "23502";
    private static final String CHECK_VIOLATION = "23513";
    /** Held so the level sticks: Flyway's progress report is noise here, its warnings are not. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private JdbcDataSource dataSource;
    private MigrateResult migration;
    private Connection connection;

    @BeforeEach
    void migrateAFreshDatabase() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        migration = SchemaMigration.migrate(dataSource);
        connection = dataSource.getConnection();
    }

    @AfterEach
    void dropTheDatabase() throws SQLException {
        try (Connection open = connection; Statement statement = open.createStatement()) {
            statement.execute("shutdown");
        }
    }

    /** Runs an insert and returns the generated id. */
    private long insert(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"ID"})) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private long insertTenant() throws SQLException {
        return insert("insert into tenant (id, kind, subdomain, name, public_url, time_zone, currency, created_at) "
                + "values (next value for portal_id_seq, 'AGENCY', 'acme', 'Acme Agency', 'https://acme.example', 'Europe/Warsaw', 'EUR', "
                + "current_timestamp)");
    }

    private long insertClient(Long tenantId) throws SQLException {
        return insert("insert into client (id, tenant_id, name, portal_enabled, created_at) "
                + "values (next value for portal_id_seq, ?, 'Globex', true, current_timestamp)", tenantId);
    }

    private long insertDraftInvoice(long tenantId, long clientId, String subtotal, String tax, String total)
            throws SQLException {
        return insert("insert into invoice (id, tenant_id, client_id, status, currency, tax_rate, subtotal, tax, "
                        + "total, amount_paid, public_access_token, created_at, version) "
                        + "values (next value for portal_id_seq, ?, ?, 'DRAFT', 'EUR', 0, ?, ?, ?, 0, ?, "
                        + "current_timestamp, 0)",
                tenantId, clientId, subtotal, tax, total, UUID.randomUUID().toString());
    }

    private static void assertViolates(String sqlState, String constraint, Executable insert) {
        SQLException e = assertThrows(SQLException.class, insert::run);
        assertAll(
                () -> assertEquals(sqlState, e.getSQLState(), e.getMessage()),
                () -> assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains(constraint), e.getMessage()));
    }

    private interface Executable {
        void run() throws SQLException;
    }

    @Test
    void appliesEveryMigrationToAFreshDatabase() {
        assertTrue(migration.success);
        assertTrue(migration.migrationsExecuted >= 2, migration.migrationsExecuted + " migrations");
    }

    @Test
    void hasNothingLeftToApplyTheSecondTime() {
        MigrateResult again = SchemaMigration.migrate(dataSource);

        assertEquals(0, again.migrationsExecuted);
        assertEquals(migration.targetSchemaVersion, again.initialSchemaVersion);
    }

    @Test
    void createsThePortalReadViews() throws SQLException {
        Set<String> views = new HashSet<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"VIEW"})) {
            while (tables.next()) {
                views.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }

        assertTrue(views.containsAll(
                        Set.of("portal_invoice", "portal_invoice_line", "portal_project", "portal_approved_time")),
                views.toString());
    }

    @Test
    void refusesAClientRowWithoutATenant() throws SQLException {
        insertClient(insertTenant());

        assertViolates(NOT_NULL_VIOLATION, "tenant_id", () -> insertClient(null));
    }

    @Test
    void refusesAnInvoiceWhoseTotalIsNotSubtotalPlusTax() throws SQLException {
        long tenant = insertTenant();
        long client = insertClient(tenant);
        insertDraftInvoice(tenant, client, "100.00", "20.00", "120.00");

        assertViolates(CHECK_VIOLATION, "invoice_amounts_ck",
                () -> insertDraftInvoice(tenant, client, "100.00", "20.00", "130.00"));
    }
}
