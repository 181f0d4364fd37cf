package io.clientportal.invoicing;

import io.clientportal.clients.Client;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Digits;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import io.clientportal.tenancy.TenantOwned;
import io.clientportal.work.Project;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An invoice to a client. A draft is freely edited; issuing it gives it its number and dates and freezes its lines;
 * then it is paid or voided. Totals are always derived from the lines and the tax rate, never set by hand.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    private String number;
    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;
    @Column(name = "period_start")
    private LocalDate periodStart;
    @Column(name = "period_end")
    private LocalDate periodEnd;
    @Column(name = "issue_date")
    private LocalDate issueDate;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private Currency currency;

    /**
     * A tax rate sent from outside: the digits of its NUMERIC(5, 2) column. Only the digits: that a rate is below 100
     * percent is the invoice's own rule ({@link #applyTaxRate}), whose message tells a person who typed 150 what to do.
     */
    public static final Digits TAX_RATE_DIGITS = new Digits(3, 2);

    /** Tax in percent of the subtotal, kept so the tax follows every change of the lines. */
    @Column(name = "tax_rate")
    private BigDecimal taxRate;
    private Money subtotal;
    private Money tax;
    private Money total;
    @Column(name = "amount_paid")
    private Money amountPaid;
    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "public_access_token")
    private PublicAccessToken publicAccessToken;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<InvoiceLine> lines = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "external_id")
    private String externalId;
    @Version
    private long version;

    protected Invoice() {
    }

    /** Starts a draft for a client's work in a period. */
    public Invoice(Client client, DateRange period, Currency currency, Instant createdAt) {
        this.client = Objects.requireNonNull(client);
        this.periodStart = period.first();
        this.periodEnd = period.last();
        this.currency = Objects.requireNonNull(currency);
        this.status = InvoiceStatus.DRAFT;
        this.taxRate = BigDecimal.ZERO;
        this.subtotal = Money.ZERO;
        this.tax = Money.ZERO;
        this.total = Money.ZERO;
        this.amountPaid = Money.ZERO;
        this.publicAccessToken = PublicAccessToken.random();
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public InvoiceLine addLine(Project project, String description, Hours hours, Money unitRate, Money amount) {
        requireDraft();
        // Numbers are never reused after a removal: renumbering would trip the (invoice, line_no) key mid-flush.
        int next = lines.stream().mapToInt(InvoiceLine::getLineNo).max().orElse(0) + 1;
        InvoiceLine line = new InvoiceLine(this, next, project, description, hours, unitRate, amount);
        lines.add(line);
        subtotal = subtotal.plus(amount);
        recomputeTotals();
        return line;
    }

    /** Rewords a line of the draft; what it bills stays as it is. */
    public void describeLine(int lineNo, String description) {
        requireDraft();
        line(lineNo).describe(description);
    }

    /**
     * Removes a fixed-amount line of the draft. A line of hours goes only with the whole draft, which frees its
     * time: otherwise the time would stay marked as billed by an invoice that no longer charges it.
     */
    public void removeLine(int lineNo) {
        requireDraft();
        InvoiceLine line = line(lineNo);
        if (line.isTime()) {
            throw new IllegalStateException("A line of approved hours cannot be removed from the draft alone");
        }
        lines.remove(line);
        subtotal = subtotal.minus(line.getAmount());
        recomputeTotals();
    }

    private InvoiceLine line(int lineNo) {
        return lines.stream().filter(l -> l.getLineNo() == lineNo).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No line " + lineNo + " on this invoice"));
    }

    public boolean isDraft() {
        return status == InvoiceStatus.DRAFT;
    }

    /** Sets the tax rate in percent of the subtotal. */
    public void applyTaxRate(BigDecimal percent) {
        requireDraft();
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("A tax rate is at least 0 and below 100 percent, not " + percent);
        }
        taxRate = percent;
        recomputeTotals();
    }

    private void recomputeTotals() {
        tax = subtotal.percent(taxRate);
        total = subtotal.plus(tax);
    }

    /** Issues the draft to the client under its number; from here on its lines never change. */
    public void issue(String invoiceNumber, LocalDate issuedOn, LocalDate dueOn) {
        requireDraft();
        if (dueOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("An invoice cannot be due before it is issued");
        }
        this.number = Objects.requireNonNull(invoiceNumber);
        this.issueDate = issuedOn;
        this.dueDate = dueOn;
        this.status = InvoiceStatus.OPEN;
    }

    /** Records the payment that settles the invoice. Part payments do not settle it and are refused. */
    public void markPaid(Money amount, Instant at) {
        if (status != InvoiceStatus.OPEN) {
            throw new IllegalStateException("Only an open invoice can be paid, this one is " + status);
        }
        if (amount.compareTo(total) < 0) {
            throw new IllegalArgumentException("A payment of " + amount + " does not settle a total of " + total);
        }
        this.amountPaid = Objects.requireNonNull(amount);
        this.paidAt = Objects.requireNonNull(at);
        this.status = InvoiceStatus.PAID;
    }

    /** Cancels an issued invoice; it keeps its number (numbers have no gaps) but charges nothing any more. */
    public void voidInvoice() {
        if (status != InvoiceStatus.OPEN) {
            throw new IllegalStateException("Only an open invoice can be voided, this one is " + status);
        }
        this.status = InvoiceStatus.VOID;
    }

    public boolean isOverdue(LocalDate today) {
        return status == InvoiceStatus.OPEN && dueDate.isBefore(today);
    }

    public Money balanceDue() {
        return total.minus(amountPaid);
    }

    private void requireDraft() {
        if (status != InvoiceStatus.DRAFT) {
            throw new IllegalStateException("Only a draft can change, this invoice is " + status);
        }
    }

    /** How people name the invoice: its number once issued, else a draft's id. */
    public String label() {
        return number != null ? number : "draft " + getId();
    }

    public long getVersion() {
        return version;
    }

    public Client getClient() {
        return client;
    }

    public String getNumber() {
        return number;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public DateRange getPeriod() {
        return new DateRange(periodStart, periodEnd);
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

    public BigDecimal getTaxRate() {
        return taxRate;
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

    public PublicAccessToken getPublicAccessToken() {
        return publicAccessToken;
    }

    public List<InvoiceLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    /** Records the id the agency's own system knows this by; null for what was entered here. */
    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getExternalId() {
        return externalId;
    }
}
