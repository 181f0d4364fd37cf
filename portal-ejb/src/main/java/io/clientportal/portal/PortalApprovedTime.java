package io.clientportal.portal;

import io.clientportal.kernel.Hours;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * Approved, billable time on one of the client's projects, with the invoice that billed it once that invoice is
 * issued. Who did the work and at what rate stays on the agency side.
 */
@Entity
@Table(name = "portal_approved_time")
public class PortalApprovedTime extends PortalScoped {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private PortalProject project;
    @Column(name = "work_date")
    private LocalDate workDate;
    private Hours hours;
    private String note;
    @Column(name = "invoice_id")
    private Long invoiceId;
    @Column(name = "invoice_number")
    private String invoiceNumber;

    protected PortalApprovedTime() {
    }

    public boolean isInvoiced() {
        return invoiceId != null;
    }

    public PortalProject getProject() {
        return project;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public Hours getHours() {
        return hours;
    }

    public String getNote() {
        return note;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }
}
