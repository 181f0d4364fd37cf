package io.clientportal.tenancy;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one owner of the persistence context for tenant data: services ask it for {@link #em()}, the current
 * transaction's EntityManager already scoped to the caller's tenant ({@link CallerScope}), and never scope one by hand.
 * A rule test keeps {@code @PersistenceContext} and the scope properties out of every other class.
 */
@Dependent
public class TenantPersistence {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public TenantPersistence() {
    }

    /** Outside the container: the tests hand in an EntityManager of their own. */
    public TenantPersistence(EntityManager em) {
        this.em = em;
    }

    /** The transaction's EntityManager, scoped to the caller's tenant; without a caller scope it fails loudly. */
    public EntityManager em() {
        return scope(em, TenantScope.PROPERTY, CallerScope.require().tenant().tenantId());
    }

    /** The caller's tenant itself: its name, time zone, currency and public address. */
    public Tenant tenant() {
        return em().find(Tenant.class, CallerScope.require().tenant().tenantId());
    }

    /**
     * The same EntityManager without adding a scope, for what no tenant owns: tenants themselves, the sign-in
     * throttle's counts. A tenant-owned read on it fails (EclipseLink-6174) and an insert breaks the NOT NULL column.
     */
    public EntityManager unscoped() {
        return em;
    }

    /**
     * Sets one scope property before the EntityManager's first query, refusing to change a value it already has:
     * EclipseLink would silently switch it, with the first scope's objects still in its persistence context. For the
     * persistence owners only (the portal's adds its client); the scoping rule test keeps it out of everything else.
     */
    public static EntityManager scope(EntityManager em, String property, long value) {
        Object current = em.getProperties().get(property);
        if (current == null) {
            em.setProperty(property, value);
        } else if (!current.equals(value)) {
            throw new IllegalStateException("This EntityManager is already scoped to another " + property);
        }
        return em;
    }
}
