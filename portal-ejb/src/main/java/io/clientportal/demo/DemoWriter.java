package io.clientportal.demo;

import io.clientportal.identity.PasswordHashing;
import io.clientportal.tenancy.ScopedWork;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantPersistence;
import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.function.Consumer;

/** Writes demo data, each call in a transaction (and so an EntityManager) of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoWriter {

    @Inject
    private TenantPersistence persistence;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Clock clock;

    public boolean databaseIsEmpty() {
        return persistence.unscoped().createQuery("select count(t) from Tenant t", Long.class).getSingleResult() == 0;
    }

    public TenantScope createTenant(Tenant tenant) {
        EntityManager em = persistence.unscoped();
        em.persist(tenant);
        em.flush();
        return tenant.scope();
    }

    public void populate(TenantScope scope, Consumer<DemoAgency> content) {
        // Demo data has no caller: it names the agency it writes for.
        ScopedWork.run(scope, () -> content.accept(new DemoAgency(persistence.em(), persistence.tenant(),
                passwords.hash(DemoLogins.PASSWORD), clock)));
    }
}
