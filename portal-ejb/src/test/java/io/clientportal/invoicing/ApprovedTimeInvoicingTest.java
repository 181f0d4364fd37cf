package io.clientportal.invoicing;

import static io.clientportal.invoicing.Work.APPROVED_AT;
import static io.clientportal.invoicing.Work.APPROVER;
import static io.clientportal.invoicing.Work.EUR;
import static io.clientportal.invoicing.Work.MARCH;
import static io.clientportal.invoicing.Work.approved;
import static io.clientportal.invoicing.Work.billed;
import static io.clientportal.invoicing.Work.person;
import static io.clientportal.invoicing.Work.submitted;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.clients.Client;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import io.clientportal.work.Person;
import io.clientportal.work.Project;
import io.clientportal.work.TimeEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovedTimeInvoicingTest {

    /** When the test's records were created: any fixed instant, no test reads the real time. */
    private static final Instant CREATED = Instant.parse("2026-01-01T09:00:00Z");

    private static final BigDecimal TAX_PERCENT = new BigDecimal("20");

    private final Client acme = new Client("Acme", CREATED);
    private final Project website = Project.forClient(acme, "Website", null, CREATED);
    private final Project audit = Project.forClient(acme, "Audit", Money.of("150.00"), CREATED);
    private final Person ann = person("ann", "100.00");
    private final Person bob = person("bob", "80.00");

    private Invoice draft(TimeEntry... entries) {
        return ApprovedTimeInvoicing.draft(acme, MARCH, EUR, TAX_PERCENT, List.of(entries), CREATED);
    }

    private void assertRefused(TimeEntry entry) {
        assertThrows(IllegalArgumentException.class, () -> draft(approved(ann, website, "1"), entry));
    }

    private static void assertLine(InvoiceLine line, Project project, String hours, String unitRate, String amount) {
        assertAll(
                () -> assertSame(project, line.getProject()),
                () -> assertEquals("Approved hours, Mar 1, 2025 to Mar 31, 2025", line.getDescription()),
                () -> assertEquals(Hours.of(hours), line.getHours(), "hours"),
                () -> assertEquals(unitRate == null ? null : Money.of(unitRate), line.getUnitRate(), "unit rate"),
                () -> assertEquals(Money.of(amount), line.getAmount(), "amount"));
    }

    @Test
    void startsADraftForTheClientPeriodAndCurrency() {
        Invoice invoice = draft(approved(ann, website, "1"));

        assertAll(
                () -> assertEquals(InvoiceStatus.DRAFT, invoice.getStatus()),
                () -> assertSame(acme, invoice.getClient()),
                () -> assertEquals(MARCH, invoice.getPeriod()),
                () -> assertEquals(EUR, invoice.getCurrency()));
    }

    @Test
    void putsEachProjectsTimeOnOneLineInProjectNameOrder() {
        Invoice invoice = draft(
                approved(ann, website, "2"),
                approved(ann, audit, "1"),
                approved(bob, website, "3"),
                approved(bob, audit, "1.5"));

        List<InvoiceLine> lines = invoice.getLines();
        assertEquals(2, lines.size());
        assertLine(lines.get(0), audit, "2.5", "150.00", "375.00");
        assertLine(lines.get(1), website, "5", null, "440.00");
        assertEquals(List.of(1, 2), lines.stream().map(InvoiceLine::getLineNo).toList());
    }

    @Test
    void keepsTheUnitRateWhenAllTheLinesHoursShareIt() {
        Invoice invoice = draft(approved(ann, website, "2"), approved(ann, website, "0.5"));

        assertLine(invoice.getLines().get(0), website, "2.5", "100.00", "250.00");
    }

    @Test
    void showsNoUnitRateWhenTheLineMixesRates() {
        Invoice invoice = draft(approved(ann, website, "1"), approved(bob, website, "1"));

        assertNull(invoice.getLines().get(0).getUnitRate());
    }

    @Test
    void addsUpEachEntrysRoundedAmountRatherThanRoundingTheLine() {
        Project oddRate = Project.forClient(acme, "Support", Money.of("33.33"), CREATED);

        // Each quarter hour is 8.3325, billed as 8.33; rounding 0.75 h x 33.33 = 24.9975 would give 25.00.
        Invoice invoice = draft(
                approved(ann, oddRate, "0.25"), approved(ann, oddRate, "0.25"), approved(bob, oddRate, "0.25"));

        assertLine(invoice.getLines().get(0), oddRate, "0.75", "33.33", "24.99");
    }

    @Test
    void billsTheRateFrozenOnApprovalNotTodaysRate() {
        TimeEntry entry = approved(ann, website, "2");
        ann.changeRates(Money.of("50.00"), Money.of("999.00"));

        assertEquals(Money.of("200.00"), draft(entry).getSubtotal());
    }

    @Test
    void addsTaxToTheSubtotal() {
        Invoice invoice = draft(approved(ann, website, "2"), approved(ann, audit, "1"));

        assertAll(
                () -> assertEquals(Money.of("350.00"), invoice.getSubtotal()),
                () -> assertEquals(Money.of("70.00"), invoice.getTax()),
                () -> assertEquals(Money.of("420.00"), invoice.getTotal()),
                () -> assertEquals(invoice.getTotal(), invoice.balanceDue()));
    }

    @Test
    void roundsTheTaxAndKeepsTheTotalTheSumOfItsParts() {
        Project oddRate = Project.forClient(acme, "Support", Money.of("99.99"), CREATED);

        Invoice invoice = draft(approved(ann, oddRate, "1"));

        assertAll(
                () -> assertEquals(Money.of("20.00"), invoice.getTax()),
                () -> assertEquals(Money.of("119.99"), invoice.getTotal()));
    }

    @Test
    void groupsByProjectNotByProjectName() {
        Project otherWebsite = Project.forClient(acme, "Website", Money.of("120.00"), CREATED);

        Invoice invoice = draft(approved(ann, website, "1"), approved(ann, otherWebsite, "1"));

        assertEquals(2, invoice.getLines().size());
    }

    @Test
    void includesBothEndsOfThePeriod() {
        Invoice invoice = draft(
                approved(ann, website, MARCH.first(), "1"), approved(ann, website, MARCH.last(), "1"));

        assertEquals(Hours.of("2"), invoice.getLines().get(0).getHours());
    }

    @Test
    void draftsAnEmptyInvoiceFromNoTime() {
        Invoice invoice = draft();

        assertTrue(invoice.getLines().isEmpty());
        assertEquals(Money.ZERO, invoice.getTotal());
    }

    @Test
    void refusesSubmittedTime() {
        assertRefused(submitted(ann, website, MARCH.first(), "1"));
    }

    @Test
    void refusesRejectedTime() {
        TimeEntry entry = submitted(ann, website, MARCH.first(), "1");
        entry.reject(APPROVER, APPROVED_AT);

        assertRefused(entry);
    }

    @Test
    void refusesTimeAlreadyBilled() {
        assertRefused(billed(ann, website, 7L));
    }

    @Test
    void refusesNonBillableTime() {
        Project pitch = Project.forClient(acme, "Pitch", null, CREATED);
        pitch.setBillable(false);

        assertRefused(approved(ann, pitch, "1"));
    }

    @Test
    void refusesAnotherClientsTime() {
        Project globexSite = Project.forClient(new Client("Globex", CREATED), "Globex site", null, CREATED);

        assertRefused(approved(ann, globexSite, "1"));
    }

    @Test
    void refusesTimeOutsideThePeriod() {
        assertRefused(approved(ann, website, MARCH.first().minusDays(1), "1"));
        assertRefused(approved(ann, website, MARCH.last().plusDays(1), "1"));
    }
}
