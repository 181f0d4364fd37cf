package io.clientportal.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last invoice number a tenant issued. Not tenant-discriminated: its key is the tenant, and only
 * {@link InvoiceNumbering} reads it, under a row lock.
 */
@Entity
@Table(name = "invoice_number_counter")
class InvoiceNumberCounter {

    @Id
    @Column(name = "tenant_id")
    private Long tenantId;

    @Column(name = "last_number")
    private int lastNumber;

    protected InvoiceNumberCounter() {
    }

    InvoiceNumberCounter(long tenantId, int lastNumber) {
        this.tenantId = tenantId;
        this.lastNumber = lastNumber;
    }

    int next() {
        return ++lastNumber;
    }
}
