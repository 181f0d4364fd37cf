package io.clientportal.testing;

import io.clientportal.database.SchemaMigration;
import io.clientportal.portal.PortalPersistence;
import io.clientportal.portal.PortalScope;
import io.clientportal.tenancy.ScopedWork;
import io.clientportal.tenancy.TenantPersistence;
import io.clientportal.tenancy.TenantScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The application's own persistence unit, run outside the container on a migrated database with resource-local
 * transactions. Scoping works exactly as in the application: {@link TenantPersistence} and {@link PortalPersistence}
 * scope a fresh EntityManager to the scope named by {@link ScopedWork}; services made on it need that scope bound
 * while they run.
 */
public final class TestPersistence implements AutoCloseable {

    private final EntityManagerFactory factory;

    private TestPersistence(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public static TestPersistence on(DataSource dataSource) {
        SchemaMigration.migrate(dataSource);
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        properties.put(PersistenceUnitProperties.JTA_DATASOURCE, "");
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        // The isolation tests provoke refusals on purpose; EclipseLink would log each with its stack.
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "OFF");
        properties.put(PersistenceUnitProperties.SESSION_NAME, "portal-test-" + System.identityHashCode(dataSource));
        return new TestPersistence(Persistence.createEntityManagerFactory("portal", properties));
    }

    /** An EntityManager with no scope at all: only the platform-level entities (tenants) are readable. */
    public EntityManager unscoped() {
        return factory.createEntityManager();
    }

    public EntityManager scoped(TenantScope scope) {
        EntityManager em = factory.createEntityManager();
        return ScopedWork.call(scope, () -> new TenantPersistence(em).em());
    }

    /**
     * An EntityManager of the portal, in an open transaction: on PostgreSQL the database binds the portal scope to the
     * transaction, as it does in the container. End it with {@link #release}.
     */
    public EntityManager scoped(PortalScope scope) {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        return ScopedWork.call(scope.caller(), () -> new PortalPersistence(new TenantPersistence(em)).em());
    }

    /** Rolls back what the EntityManager left open and closes it. */
    public void release(EntityManager em) {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }

    /** Runs work in one committed transaction of the EntityManager, then closes it. */
    public <T> T inTransaction(EntityManager em, Function<EntityManager, T> work) {
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public void run(EntityManager em, Consumer<EntityManager> work) {
        inTransaction(em, entityManager -> {
            work.accept(entityManager);
            return null;
        });
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    @Override
    public void close() {
        factory.close();
    }
}
