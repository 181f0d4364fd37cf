package io.clientportal.mail;

import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;

/**
 * The container's tenant transactions for the mail delivery: every call is a new transaction, and so a new
 * persistence context, which may be scoped to a tenant other than the previous call's.
 */
@Stateless
@Local(TenantTransactions.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxTransactions implements TenantTransactions {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public <T> T inNewTransaction(TenantScope tenant, Function<EntityManager, T> work) {
        return work.apply(tenant.applyTo(em));
    }
}
