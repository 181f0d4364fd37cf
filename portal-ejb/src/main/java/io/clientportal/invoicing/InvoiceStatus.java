package io.clientportal.invoicing;

/** An invoice's life: drafted, issued to the client (open), settled (paid), or cancelled (void). */
public enum InvoiceStatus {
    DRAFT,
    OPEN,
    PAID,
    VOID
}
