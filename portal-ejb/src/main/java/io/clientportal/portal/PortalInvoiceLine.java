package io.clientportal.portal;

import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A line of an issued invoice: what was billed and for how much, without the rate behind it. */
@Entity
@Table(name = "portal_invoice_line")
public class PortalInvoiceLine extends PortalScoped {

    @Column(name = "invoice_id")
    private Long invoiceId;
    @Column(name = "line_no")
    private int lineNo;
    @Column(name = "project_id")
    private Long projectId;
    private String description;
    private Hours hours;
    private Money amount;

    protected PortalInvoiceLine() {
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getDescription() {
        return description;
    }

    public Hours getHours() {
        return hours;
    }

    public Money getAmount() {
        return amount;
    }
}
