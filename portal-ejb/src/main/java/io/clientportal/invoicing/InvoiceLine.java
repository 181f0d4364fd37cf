package io.clientportal.invoicing;

import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import io.clientportal.tenancy.TenantOwned;
import io.clientportal.work.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One line of an invoice: usually a project's approved hours for the period, or a fixed amount. The unit rate is
 * only kept when every hour on the line was billed at the same rate; it never shows a person's rate to a client.
 */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    @Column(name = "line_no")
    private int lineNo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    private String description;
    private Hours hours;
    @Column(name = "unit_rate")
    private Money unitRate;
    private Money amount;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice, int lineNo, Project project, String description, Hours hours, Money unitRate,
                Money amount) {
        this.invoice = Objects.requireNonNull(invoice);
        this.lineNo = lineNo;
        this.project = project;
        this.description = Objects.requireNonNull(description);
        this.hours = hours;
        this.unitRate = unitRate;
        this.amount = Objects.requireNonNull(amount);
    }

    void describe(String newDescription) {
        this.description = Objects.requireNonNull(newDescription);
    }

    /** Whether the line bills recorded hours (as opposed to a fixed amount typed in by the agency). */
    public boolean isTime() {
        return hours != null;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Project getProject() {
        return project;
    }

    public String getDescription() {
        return description;
    }

    public Hours getHours() {
        return hours;
    }

    public Money getUnitRate() {
        return unitRate;
    }

    public Money getAmount() {
        return amount;
    }
}
