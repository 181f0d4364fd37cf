package io.clientportal.mail;

import io.clientportal.tenancy.ScopedWork;
import io.clientportal.tenancy.TenantPersistence;
import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Function;

/**
 * The container's tenant transactions for the mail delivery: every call is a new transaction, and so a new
 * persistence context, which may be scoped to a tenant other than the previous call's. The outbox has no caller,
 * so each call names its tenant.
 */
@Stateless
@Local(TenantTransactions.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxTransactions implements TenantTransactions {

    @Inject
    private TenantPersistence persistence;

    @Override
    public <T> T inNewTransaction(TenantScope tenant, Function<EntityManager, T> work) {
        // The transaction began with this call: the scope named here holds for all of it.
        return ScopedWork.call(tenant, () -> work.apply(persistence.em()));
    }
}
