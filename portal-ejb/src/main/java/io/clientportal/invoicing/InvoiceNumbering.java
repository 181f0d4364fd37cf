package io.clientportal.invoicing;

import io.clientportal.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Hands out invoice numbers: {@code ACME-2026-0042}, the tenant's subdomain, the year of issue and a sequence that
 * runs on across years. The counter row is locked until the caller's transaction ends, so two people issuing at once
 * get consecutive numbers one after the other, and a rolled-back issue gives its number back: no gaps, no doubles.
 */
@ApplicationScoped
public class InvoiceNumbering {

    /** The next number, taken in the caller's transaction on its tenant-scoped EntityManager. */
    public String next(EntityManager tenantScoped, Tenant tenant, LocalDate issuedOn) {
        InvoiceNumberCounter counter = lockedCounter(tenantScoped, tenant);
        return String.format(Locale.ROOT, "%s-%d-%04d", tenant.getSubdomain().toUpperCase(Locale.ROOT),
                issuedOn.getYear(), counter.next());
    }

    private InvoiceNumberCounter lockedCounter(EntityManager em, Tenant tenant) {
        // Every issue locks the tenant row first, then the counter: one order for all, so no two issues deadlock.
        // Locking only the counter is not enough while a tenant has none yet: the issue creating it would hold the
        // tenant row while waiting for the counter, and the one holding the counter waits for that tenant row as soon
        // as it inserts anything that references the tenant (its audit entry). PostgreSQL then aborts one of them.
        // The price: the tenant's other inserts wait for an issue to commit, a matter of milliseconds.
        em.find(Tenant.class, tenant.getId(), LockModeType.PESSIMISTIC_WRITE);
        // Locked reads also bypass the shared cache, which a non-tenant entity like the counter is kept in.
        InvoiceNumberCounter counter = em.find(InvoiceNumberCounter.class, tenant.getId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new InvoiceNumberCounter(tenant.getId(), issuedSoFar(em));
            em.persist(counter);
        }
        return counter;
    }

    /** Invoices numbered before the counter existed (demo data, data from before it): the sequence goes on. */
    private static int issuedSoFar(EntityManager em) {
        return em.createQuery("select count(i) from Invoice i where i.number is not null", Long.class)
                .getSingleResult().intValue();
    }
}
