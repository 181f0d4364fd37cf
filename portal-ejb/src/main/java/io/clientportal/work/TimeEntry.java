package io.clientportal.work;

import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import io.clientportal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Time a person spent on a project on one day. Approval freezes the rates in force (so later rate changes do not
 * rewrite history); billing ties the entry to the invoice that charged it, after which it can no longer change.
 *
 * <p>The invoice is held by id rather than as a relationship so that this package does not depend on invoicing,
 * which depends on it.
 */
@Entity
@Table(name = "time_entry")
public class TimeEntry extends TenantOwned {

    private static final Hours MAX_PER_ENTRY = Hours.of("24");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(name = "work_date")
    private LocalDate workDate;
    private Hours hours;
    private String note;

    @Enumerated(EnumType.STRING)
    private TimeEntryStatus status;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    private boolean billable;
    @Column(name = "billable_rate")
    private Money billableRate;
    @Column(name = "cost_rate")
    private Money costRate;

    @Column(name = "invoice_id")
    private Long invoiceId;

    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected TimeEntry() {
    }

    public TimeEntry(Person person, Project project, LocalDate workDate, Hours hours, String note) {
        this.person = Objects.requireNonNull(person);
        this.project = Objects.requireNonNull(project);
        this.workDate = Objects.requireNonNull(workDate);
        this.hours = requireValid(hours);
        this.note = note;
        this.status = TimeEntryStatus.SUBMITTED;
        this.billable = project.isBillable();
        this.createdAt = Instant.now();
    }

    private static Hours requireValid(Hours hours) {
        if (hours.compareTo(Hours.ZERO) <= 0 || hours.compareTo(MAX_PER_ENTRY) > 0) {
            throw new IllegalArgumentException("An entry records more than 0 and at most 24 hours, not " + hours);
        }
        return hours;
    }

    /** Approves the entry and freezes the rates in force now: the project rate if it has one, else the person's. */
    public void approve(String approver, Instant at) {
        requireNotBilled();
        this.status = TimeEntryStatus.APPROVED;
        this.reviewedBy = Objects.requireNonNull(approver);
        this.reviewedAt = Objects.requireNonNull(at);
        this.billableRate = project.getHourlyRate() != null ? project.getHourlyRate() : person.getBillableRate();
        this.costRate = person.getCostRate();
    }

    public void reject(String reviewer, Instant at) {
        requireNotBilled();
        this.status = TimeEntryStatus.REJECTED;
        this.reviewedBy = Objects.requireNonNull(reviewer);
        this.reviewedAt = Objects.requireNonNull(at);
        this.billableRate = null;
        this.costRate = null;
    }

    /** Records that an invoice charged this entry. Only approved, billable, unbilled entries can be billed. */
    public void markBilled(long byInvoiceId) {
        requireNotBilled();
        if (status != TimeEntryStatus.APPROVED || !billable) {
            throw new IllegalStateException("Only approved billable time can be billed");
        }
        this.invoiceId = byInvoiceId;
    }

    /** The amount this entry adds to an invoice: its hours at the rate frozen on approval. */
    public Money billedAmount() {
        if (status != TimeEntryStatus.APPROVED) {
            throw new IllegalStateException("Only approved time has a billed amount");
        }
        return billableRate.times(hours);
    }

    private void requireNotBilled() {
        if (invoiceId != null) {
            throw new IllegalStateException("Billed time cannot change");
        }
    }

    public Person getPerson() {
        return person;
    }

    public Project getProject() {
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

    public TimeEntryStatus getStatus() {
        return status;
    }

    /** Who approved or rejected the entry; null while it waits for review. */
    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public boolean isBillable() {
        return billable;
    }

    public Money getBillableRate() {
        return billableRate;
    }

    public Money getCostRate() {
        return costRate;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }
}
