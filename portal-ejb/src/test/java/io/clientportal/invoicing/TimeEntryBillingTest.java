package io.clientportal.invoicing;

import static io.clientportal.invoicing.Work.APPROVED_AT;
import static io.clientportal.invoicing.Work.APPROVER;
import static io.clientportal.invoicing.Work.COST_RATE;
import static io.clientportal.invoicing.Work.MARCH_10;
import static io.clientportal.invoicing.Work.approved;
import static io.clientportal.invoicing.Work.billed;
import static io.clientportal.invoicing.Work.person;
import static io.clientportal.invoicing.Work.submitted;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.clientportal.clients.Client;
import io.clientportal.kernel.Money;
import io.clientportal.work.Person;
import io.clientportal.work.Project;
import io.clientportal.work.TimeEntry;
import io.clientportal.work.TimeEntryStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The time entry rules invoicing relies on: rates frozen on approval, and billing only once. */
class TimeEntryBillingTest {

    /** When the test's records were created: any fixed instant, no test reads the real time. */
    private static final Instant CREATED = Instant.parse("2026-01-01T09:00:00Z");

    private final Client acme = new Client("Acme", CREATED);
    private final Project website = Project.forClient(acme, "Website", null, CREATED);
    private final Project audit = Project.forClient(acme, "Audit", Money.of("150.00"), CREATED);
    private final Person ann = person("ann", "100.00");

    @Test
    void approvalFreezesTheProjectRateWhenTheProjectHasOne() {
        TimeEntry entry = approved(ann, audit, "2");

        assertAll(
                () -> assertEquals(TimeEntryStatus.APPROVED, entry.getStatus()),
                () -> assertEquals(APPROVER, entry.getReviewedBy()),
                () -> assertEquals(APPROVED_AT, entry.getReviewedAt()),
                () -> assertEquals(Money.of("150.00"), entry.getBillableRate()),
                () -> assertEquals(Money.of(COST_RATE), entry.getCostRate()),
                () -> assertEquals(Money.of("300.00"), entry.billedAmount()));
    }

    @Test
    void approvalFreezesThePersonsBillableRateWhenTheProjectHasNone() {
        TimeEntry entry = approved(ann, website, "2");

        assertEquals(Money.of("100.00"), entry.getBillableRate());
        assertEquals(Money.of(COST_RATE), entry.getCostRate());
    }

    @Test
    void laterRateChangesDoNotRewriteApprovedTime() {
        TimeEntry onWebsite = approved(ann, website, "1");
        TimeEntry onAudit = approved(ann, audit, "1");

        ann.changeRates(Money.of("55.00"), Money.of("130.00"));
        audit.setHourlyRate(Money.of("175.00"));

        assertAll(
                () -> assertEquals(Money.of("100.00"), onWebsite.getBillableRate()),
                () -> assertEquals(Money.of(COST_RATE), onWebsite.getCostRate()),
                () -> assertEquals(Money.of("150.00"), onAudit.getBillableRate()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.001", "24.01", "25"})
    void refusesNoTimeOrMoreThanADay(String hours) {
        assertThrows(IllegalArgumentException.class, () -> submitted(ann, website, MARCH_10, hours));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.01", "24"})
    void acceptsFromAMinuteToAWholeDay(String hours) {
        assertEquals(TimeEntryStatus.SUBMITTED, submitted(ann, website, MARCH_10, hours).getStatus());
    }

    @Test
    void rejectionRecordsTheReviewerAndClearsTheRates() {
        TimeEntry entry = approved(ann, website, "1");
        Instant rejectedAt = APPROVED_AT.plusSeconds(3600);
        entry.reject("rita@agency.example", rejectedAt);

        assertAll(
                () -> assertEquals(TimeEntryStatus.REJECTED, entry.getStatus()),
                () -> assertEquals("rita@agency.example", entry.getReviewedBy()),
                () -> assertEquals(rejectedAt, entry.getReviewedAt()),
                () -> assertNull(entry.getBillableRate()),
                () -> assertNull(entry.getCostRate()),
                () -> assertThrows(IllegalStateException.class, entry::billedAmount));
    }

    @Test
    void approvedBillableTimeIsBilledByAnInvoice() {
        assertEquals(42L, billed(ann, website, 42L).getInvoiceId());
    }

    @Test
    void submittedTimeCannotBeBilled() {
        TimeEntry entry = submitted(ann, website, MARCH_10, "1");

        assertThrows(IllegalStateException.class, () -> entry.markBilled(42L));
        assertNull(entry.getInvoiceId());
    }

    @Test
    void rejectedTimeCannotBeBilled() {
        TimeEntry entry = submitted(ann, website, MARCH_10, "1");
        entry.reject(APPROVER, APPROVED_AT);

        assertThrows(IllegalStateException.class, () -> entry.markBilled(42L));
    }

    @Test
    void internalTimeIsNeverBillable() {
        TimeEntry entry = approved(ann, Project.internal("Admin", CREATED), "1");

        assertFalse(entry.isBillable());
        assertThrows(IllegalStateException.class, () -> entry.markBilled(42L));
    }

    @Test
    void billedTimeCannotBeBilledAgain() {
        TimeEntry entry = billed(ann, website, 42L);

        assertThrows(IllegalStateException.class, () -> entry.markBilled(43L));
        assertEquals(42L, entry.getInvoiceId());
    }

    @Test
    void billedTimeCannotBeApprovedOrRejectedAgain() {
        TimeEntry entry = billed(ann, website, 42L);

        assertThrows(IllegalStateException.class, () -> entry.approve("other@agency.test", APPROVED_AT));
        assertThrows(IllegalStateException.class, () -> entry.reject("other@agency.test", APPROVED_AT));
        assertAll(
                () -> assertEquals(TimeEntryStatus.APPROVED, entry.getStatus()),
                () -> assertEquals(APPROVER, entry.getReviewedBy()),
                () -> assertEquals(Money.of("100.00"), entry.getBillableRate()));
    }
}
