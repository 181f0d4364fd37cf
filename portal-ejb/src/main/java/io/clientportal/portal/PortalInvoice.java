package io.clientportal.portal;

import io.clientportal.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/** An issued invoice as its client sees it: open or paid, never a draft or a void one. */
@Entity
@Table(name = "portal_invoice")
public class PortalInvoice extends PortalScoped {

    private String number;
    private String status;
    @Column(name = "issue_date")
    private LocalDate issueDate;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private Currency currency;
    private Money subtotal;
    private Money tax;
    private Money total;
    @Column(name = "amount_paid")
    private Money amountPaid;
    @Column(name = "paid_at")
    private Instant paidAt;

    protected PortalInvoice() {
    }

    public boolean isPaid() {
        return "PAID".equals(status);
    }

    public boolean isOverdue(LocalDate today) {
        return !isPaid() && dueDate.isBefore(today);
    }

    public Money balanceDue() {
        return total.minus(amountPaid);
    }

    public String getNumber() {
        return number;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Currency getCurrency() {
        return currency;
    }

    public Money getSubtotal() {
        return subtotal;
    }

    public Money getTax() {
        return tax;
    }

    public Money getTotal() {
        return total;
    }

    public Money getAmountPaid() {
        return amountPaid;
    }

    public Instant getPaidAt() {
        return paidAt;
    }
}
