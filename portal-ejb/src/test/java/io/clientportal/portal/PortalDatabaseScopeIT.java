package io.clientportal.portal;

import io.clientportal.tenancy.ScopedWork;
import io.clientportal.tenancy.TenantPersistence;
import io.clientportal.testing.IsolationWorld;
import io.clientportal.testing.TestDatabase;
import io.clientportal.testing.TestPersistence;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database's own wall around the portal (PostgreSQL, migration V8): whatever query the portal runs, it reads the
 * rows of the scope its transaction bound and nothing else, even a query that names no scope at all.
 */
class PortalDatabaseScopeIT {

    private static final List<String> VIEWS = List.of("portal_invoice", "portal_invoice_line", "portal_project",
            "portal_approved_time");

    private static PGSimpleDataSource dataSource;
    private static TestPersistence persistence;
    private static IsolationWorld world;

    @BeforeAll
    static void createWorld() {
        dataSource = TestDatabase.recreate("portal_it_dbscope").dataSource();
        persistence = TestPersistence.on(dataSource);
        world = IsolationWorld.create(persistence, "dbscope");
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Test
    void aQueryThatForgetsItsScopeStillReadsOnlyTheBoundClient() {
        EntityManager em = persistence.scoped(world.a1.scope());
        try {
            // Native SQL: EclipseLink adds no discriminator here; only the database stands between it and the rows.
            assertEquals(List.of(world.a1.openInvoiceId(), world.a1.paidInvoiceId()),
                    longs(em, "select id from portal_invoice order by id"));
            assertEquals(List.of(world.a1.scope().clientId()),
                    longs(em, "select distinct client_id from portal_approved_time"));
            assertEquals(List.of(world.a1.scope().clientId()),
                    longs(em, "select distinct client_id from portal_invoice_line"));
            assertEquals(List.of(world.a1.projectId()), longs(em, "select id from portal_project"));
        } finally {
            persistence.release(em);
        }
    }

    @Test
    void aConnectionThatBoundNoScopeReadsNothing() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertTrue(count(connection, "select count(*) from invoice where status in ('OPEN', 'PAID')") >= 8,
                    "the world has issued invoices to hide");
            for (String view : VIEWS) {
                assertEquals(0, count(connection, "select count(*) from " + view), view);
            }
        }
    }

    @Test
    void theBindingEndsWithItsTransaction() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            bind(connection, world.a1.scope().tenantId(), world.a1.scope().clientId());
            assertEquals(2, count(connection, "select count(*) from portal_invoice"));
            connection.commit();
            // The same pooled connection, the next transaction: the scope did not come along.
            assertEquals(0, count(connection, "select count(*) from portal_invoice"));
            connection.rollback();
        }
    }

    @Test
    void aClientIdBoundUnderAnotherTenantReadsNothing() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            bind(connection, world.agencyB.tenantId(), world.a1.scope().clientId());
            for (String view : VIEWS) {
                assertEquals(0, count(connection, "select count(*) from " + view), view);
            }
            connection.rollback();
        }
    }

    @Test
    void aPortalScopeOutsideATransactionIsRefused() {
        EntityManager em = persistence.unscoped();
        try {
            assertThrows(IllegalStateException.class, () -> ScopedWork.call(world.a1.scope().caller(),
                    () -> new PortalPersistence(new TenantPersistence(em)).em()));
        } finally {
            em.close();
        }
    }

    private static List<Long> longs(EntityManager em, String sql) {
        // EclipseLink refuses native SQL in a multitenant unit unless told otherwise: this test tells it otherwise.
        return ((List<?>) em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getResultList()).stream()
                .map(value -> ((Number) value).longValue())
                .toList();
    }

    private static void bind(Connection connection, long tenantId, long clientId) throws SQLException {
        try (PreparedStatement bind = connection.prepareStatement(
                "select set_config('portal.tenant_id', ?, true), set_config('portal.client_id', ?, true)")) {
            bind.setString(1, Long.toString(tenantId));
            bind.setString(2, Long.toString(clientId));
            bind.executeQuery().close();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
