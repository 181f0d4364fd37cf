package io.clientportal.portal;

/** Which of a client's invoices a list shows. Drafts and void invoices are never among them. */
public enum InvoiceStatusFilter {
    ALL,
    OPEN,
    OVERDUE,
    PAID
}
