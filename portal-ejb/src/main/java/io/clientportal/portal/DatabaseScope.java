package io.clientportal.portal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * Binds a portal scope to the database transaction, for PostgreSQL's portal views (migration V8): they return the
 * bound client's rows only, whatever the query. EclipseLink's discriminators are the first wall, this is the second.
 *
 * <p>The settings are transaction-local, so the binding needs the transaction's own connection. JPA's
 * {@code unwrap(Connection.class)} gives exactly that: inside a transaction EclipseLink begins the database
 * transaction on the spot and answers its connection, which every later read of the transaction runs on.
 */
final class DatabaseScope {

    private static final String BIND = "select set_config('portal.tenant_id', ?, true), "
            + "set_config('portal.client_id', ?, true)";

    /** Marks the unit of work whose transaction is bound, and on which connection. */
    private static final String BOUND = "portal.database-scope";

    private DatabaseScope() {
    }

    static void bind(EntityManager em, PortalScope scope) {
        if (!em.getEntityManagerFactory().unwrap(Session.class).getPlatform().isPostgreSQL()) {
            return;
        }
        if (!em.isJoinedToTransaction()) {
            // Outside a transaction each statement could run on another pooled connection: no binding would hold.
            throw new IllegalStateException("Portal reads run in a transaction, which the portal scope is bound to");
        }
        Connection connection = em.unwrap(Connection.class);
        UnitOfWork transaction = em.unwrap(UnitOfWork.class);
        // An EntityManager that lives on into a next transaction holds another connection there: that one is bound too.
        Bound bound = new Bound(connection, scope);
        if (bound.equals(transaction.getProperty(BOUND))) {
            return; // bound by an earlier read of this transaction: one statement per transaction, not per read
        }
        try (PreparedStatement statement = connection.prepareStatement(BIND)) {
            statement.setString(1, Long.toString(scope.tenantId()));
            statement.setString(2, Long.toString(scope.clientId()));
            statement.execute();
        } catch (SQLException e) {
            throw new PersistenceException("The portal scope could not be bound to the transaction", e);
        }
        transaction.setProperty(BOUND, bound);
    }

    /** The connection's identity tells one transaction's binding from the next one's. */
    private record Bound(Connection connection, PortalScope scope) {
    }
}
