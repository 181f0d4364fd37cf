package io.clientportal.invoicing;


/**
 * A draft was issued to its client. Fired inside the issuing transaction, so what observers write (the contacts'
 * notices) commits with the issue or not at all, and in the issuing caller's scope.
 */
public record InvoiceIssued(long invoiceId, long clientId) {
}
