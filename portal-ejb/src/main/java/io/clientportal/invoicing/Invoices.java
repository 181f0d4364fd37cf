package io.clientportal.invoicing;

import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The agency's invoices, as its staff reach them. */
@Stateless
public class Invoices {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The client an invoice of this tenant is addressed to; empty for another tenant's or a missing invoice. */
    public Optional<Long> clientOf(TenantScope tenant, long invoiceId) {
        return Optional.ofNullable(tenant.applyTo(em).find(Invoice.class, invoiceId))
                .map(invoice -> invoice.getClient().getId());
    }
}
