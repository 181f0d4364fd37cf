package io.clientportal.demo;

import io.clientportal.identity.PasswordHashing;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.function.Consumer;

/** Writes demo data, each call in a transaction (and so an EntityManager) of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoWriter {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Clock clock;

    public boolean databaseIsEmpty() {
        return em.createQuery("select count(t) from Tenant t", Long.class).getSingleResult() == 0;
    }

    public TenantScope createTenant(Tenant tenant) {
        em.persist(tenant);
        em.flush();
        return tenant.scope();
    }

    public void populate(TenantScope scope, Consumer<DemoAgency> content) {
        content.accept(new DemoAgency(scope.applyTo(em), passwords.hash(DemoLogins.PASSWORD), clock));
    }
}
