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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Time a person spent on a project on one day. It starts as a draft its author may change, is submitted for review,
 * then approved or rejected. Approval freezes the rates in force (so later rate changes do not rewrite history);
 * billing ties the entry to the invoice that charged it, after which it can no longer change. Changing a reviewed
 * entry sends it back to review, so nothing is billed that nobody approved as it stands.
 *
 * <p>The invoice is held by id rather than as a relationship so that this package does not depend on invoicing,
 * which depends on it.
 */
@Entity
@Table(name = "time_entry")
@NamedQuery(name = TimeEntry.UNBILLED_OF_CLIENT, query = "select t from TimeEntry t join fetch t.project p "
        + "where p.client.id = :clientId and t.status = io.clientportal.work.TimeEntryStatus.APPROVED "
        + "and t.billable = true and t.invoiceId is null and t.workDate between :first and :last")
@NamedQuery(name = TimeEntry.BILLED_BY, query = "select t from TimeEntry t where t.invoiceId = :invoiceId")
public class TimeEntry extends TenantOwned {

    /** A client's approved billable time in a period that no invoice charges yet. */
    public static final String UNBILLED_OF_CLIENT = "TimeEntry.unbilledOfClient";
    /** The time one invoice charges. */
    public static final String BILLED_BY = "TimeEntry.billedBy";

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

    @Column(name = "external_id")
    private String externalId;

    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected TimeEntry() {
    }

    public TimeEntry(Person person, Project project, LocalDate workDate, Hours hours, String note,
                     Instant createdAt) {
        this.person = Objects.requireNonNull(person);
        this.project = Objects.requireNonNull(project);
        this.workDate = Objects.requireNonNull(workDate);
        this.hours = requireValid(hours);
        this.note = note;
        this.status = TimeEntryStatus.DRAFT;
        this.billable = project.isBillable();
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * Changes what the entry records. A reviewed entry goes back to review (its frozen rates are dropped with the
     * review); billed time cannot change at all.
     */
    public void change(Project newProject, LocalDate newWorkDate, Hours newHours, String newNote) {
        requireNotBilled();
        this.project = Objects.requireNonNull(newProject);
        this.workDate = Objects.requireNonNull(newWorkDate);
        this.hours = requireValid(newHours);
        this.note = newNote;
        this.billable = newProject.isBillable();
        if (status == TimeEntryStatus.APPROVED || status == TimeEntryStatus.REJECTED) {
            status = TimeEntryStatus.SUBMITTED;
            clearReview();
        }
    }

    /** Hands a draft in for review; submitting an entry already in review changes nothing. */
    public void submit() {
        if (status == TimeEntryStatus.DRAFT) {
            status = TimeEntryStatus.SUBMITTED;
        }
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
        requireSubmitted();
        this.status = TimeEntryStatus.APPROVED;
        this.reviewedBy = Objects.requireNonNull(approver);
        this.reviewedAt = Objects.requireNonNull(at);
        this.billableRate = project.getHourlyRate() != null ? project.getHourlyRate() : person.getBillableRate();
        this.costRate = person.getCostRate();
    }

    public void reject(String reviewer, Instant at) {
        requireNotBilled();
        requireSubmitted();
        clearReview();
        this.status = TimeEntryStatus.REJECTED;
        this.reviewedBy = Objects.requireNonNull(reviewer);
        this.reviewedAt = Objects.requireNonNull(at);
    }

    private void clearReview() {
        this.reviewedBy = null;
        this.reviewedAt = null;
        this.billableRate = null;
        this.costRate = null;
    }

    /** A draft is not reviewed until its author submits it; a reviewed entry may be reviewed again until billed. */
    private void requireSubmitted() {
        if (status == TimeEntryStatus.DRAFT) {
            throw new IllegalStateException("A draft entry is reviewed only once it is submitted");
        }
    }

    /** Frees the entry for another invoice: the one that charged it was discarded or voided. */
    public void releaseFrom(long invoice) {
        if (invoiceId == null || invoiceId != invoice) {
            throw new IllegalStateException("This entry was not billed by invoice " + invoice);
        }
        this.invoiceId = null;
    }

    /** Records the id the agency's own system knows this entry by. */
    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getExternalId() {
        return externalId;
    }

    public boolean isBilled() {
        return invoiceId != null;
    }

    public long getVersion() {
        return version;
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
