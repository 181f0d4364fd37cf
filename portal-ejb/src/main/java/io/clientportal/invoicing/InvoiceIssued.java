package io.clientportal.invoicing;

import io.clientportal.tenancy.TenantScope;

/**
 * A draft was issued to its client. Fired inside the issuing transaction, so what observers write (the contacts'
 * notices) commits with the issue or not at all.
 */
public record InvoiceIssued(TenantScope tenant, long invoiceId, long clientId) {
}
