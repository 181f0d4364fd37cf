package io.clientportal.portal;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * Binds a portal scope to the database transaction, for PostgreSQL's portal views (migration V8): they return the
 * bound client's rows only, whatever the query. EclipseLink's discriminators are the first wall, this is the second.
 *
 * <p>The settings are transaction-local, so the binding needs the transaction's own connection: the unit of work is
 * made to hold it ({@code beginEarlyTransaction}) before the binding statement, and every read of the transaction
 * after it runs on that connection.
 */
final class DatabaseScope {

    private static final String BIND = "select set_config('portal.tenant_id', ?1, true), "
            + "set_config('portal.client_id', ?2, true)";

    /** Marks the unit of work whose transaction is bound; the early transaction ends with it. */
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
        // The implementation tells whether this unit of work holds its transaction's connection; after a commit it no
        // longer does, so an EntityManager that lives on into a next transaction binds that one too.
        UnitOfWorkImpl transaction = (UnitOfWorkImpl) em.unwrap(UnitOfWork.class);
        if (transaction.wasTransactionBegunPrematurely() && scope.equals(transaction.getProperty(BOUND))) {
            return; // bound by an earlier read of this transaction: one statement per transaction, not per read
        }
        transaction.beginEarlyTransaction();
        em.createNativeQuery(BIND)
                // Multitenancy switches native SQL off for the unit; this statement reads no tenant's rows.
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, Long.toString(scope.tenantId()))
                .setParameter(2, Long.toString(scope.clientId()))
                .getSingleResult();
        transaction.setProperty(BOUND, scope);
    }
}
