package io.clientportal.mail;

import io.clientportal.tenancy.TenantScope;
import jakarta.persistence.EntityManager;
import java.util.function.Function;

/**
 * Runs work in a new transaction of its own, on an EntityManager scoped to one tenant before its first query. In the
 * application that is {@link OutboxTransactions}; tests run it on their own EntityManagers.
 */
public interface TenantTransactions {

    /** Commits when the work returns, rolls back when it throws. */
    <T> T inNewTransaction(TenantScope tenant, Function<EntityManager, T> work);
}
