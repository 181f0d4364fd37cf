package io.clientportal.invoicing;

import static io.clientportal.invoicing.Work.EUR;
import static io.clientportal.invoicing.Work.MARCH;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.clients.Client;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import io.clientportal.work.Project;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    /** When the test's records were created: any fixed instant, no test reads the real time. */
    private static final Instant CREATED = Instant.parse("2026-01-01T09:00:00Z");

    private static final String NUMBER = "2025-0001";
    private static final LocalDate ISSUED = LocalDate.of(2025, 4, 1);
    private static final LocalDate DUE = LocalDate.of(2025, 4, 15);
    private static final Instant PAID_AT = Instant.parse("2025-04-10T12:00:00Z");

    private final Client acme = new Client("Acme", CREATED);
    private final Project website = Project.forClient(acme, "Website", null, CREATED);

    /** A draft of 100.00 plus 20% tax. */
    private Invoice draft() {
        Invoice invoice = new Invoice(acme, MARCH, EUR, CREATED);
        addLine(invoice, "100.00");
        invoice.applyTaxRate(new BigDecimal("20"));
        return invoice;
    }

    private Invoice issued() {
        Invoice invoice = draft();
        invoice.issue(NUMBER, ISSUED, DUE);
        return invoice;
    }

    private Invoice paid() {
        Invoice invoice = issued();
        invoice.markPaid(invoice.getTotal(), PAID_AT);
        return invoice;
    }

    private void addLine(Invoice invoice, String amount) {
        invoice.addLine(website, "Website", Hours.of("1"), Money.of(amount), Money.of(amount));
    }

    @Test
    void startsAsAnEmptyUnnumberedDraftWithAPublicAccessToken() {
        Invoice invoice = new Invoice(acme, MARCH, EUR, CREATED);

        assertAll(
                () -> assertEquals(InvoiceStatus.DRAFT, invoice.getStatus()),
                () -> assertNull(invoice.getNumber()),
                () -> assertNull(invoice.getIssueDate()),
                () -> assertEquals(Money.ZERO, invoice.getTotal()),
                () -> assertNotNull(invoice.getPublicAccessToken()));
    }

    @Test
    void derivesItsTotalsFromItsLinesAndTaxRate() {
        Invoice invoice = draft();
        addLine(invoice, "50.50");
        invoice.applyTaxRate(new BigDecimal("20"));

        assertAll(
                () -> assertEquals(2, invoice.getLines().size()),
                () -> assertEquals(2, invoice.getLines().get(1).getLineNo()),
                () -> assertEquals(Money.of("150.50"), invoice.getSubtotal()),
                () -> assertEquals(Money.of("30.10"), invoice.getTax()),
                () -> assertEquals(Money.of("180.60"), invoice.getTotal()));
    }

    @Test
    void issuingGivesItItsNumberAndDatesAndOpensIt() {
        Invoice invoice = issued();

        assertAll(
                () -> assertEquals(InvoiceStatus.OPEN, invoice.getStatus()),
                () -> assertEquals(NUMBER, invoice.getNumber()),
                () -> assertEquals(ISSUED, invoice.getIssueDate()),
                () -> assertEquals(DUE, invoice.getDueDate()),
                () -> assertEquals(Money.of("120.00"), invoice.balanceDue()));
    }

    @Test
    void canBeDueOnTheDayItIsIssued() {
        Invoice invoice = draft();
        invoice.issue(NUMBER, ISSUED, ISSUED);

        assertEquals(InvoiceStatus.OPEN, invoice.getStatus());
    }

    @Test
    void refusesToBeDueBeforeItIsIssuedAndStaysADraft() {
        Invoice invoice = draft();

        assertThrows(IllegalArgumentException.class, () -> invoice.issue(NUMBER, ISSUED, ISSUED.minusDays(1)));
        assertEquals(InvoiceStatus.DRAFT, invoice.getStatus());
        assertNull(invoice.getNumber());
    }

    @Test
    void cannotBeIssuedTwice() {
        Invoice invoice = issued();

        assertThrows(IllegalStateException.class, () -> invoice.issue("2025-0002", ISSUED, DUE));
        assertEquals(NUMBER, invoice.getNumber());
    }

    @Test
    void freezesItsLinesAndTaxOnceIssued() {
        Invoice invoice = issued();

        assertThrows(IllegalStateException.class, () -> addLine(invoice, "10.00"));
        assertThrows(IllegalStateException.class, () -> invoice.applyTaxRate(BigDecimal.ZERO));
        assertEquals(1, invoice.getLines().size());
        assertEquals(Money.of("120.00"), invoice.getTotal());
    }

    @Test
    void isPaidOnceOpen() {
        Invoice invoice = paid();

        assertAll(
                () -> assertEquals(InvoiceStatus.PAID, invoice.getStatus()),
                () -> assertEquals(Money.of("120.00"), invoice.getAmountPaid()),
                () -> assertEquals(PAID_AT, invoice.getPaidAt()),
                () -> assertEquals(Money.ZERO, invoice.balanceDue()));
    }

    @Test
    void aPartPaymentDoesNotSettleIt() {
        Invoice invoice = issued();

        assertThrows(IllegalArgumentException.class, () -> invoice.markPaid(Money.of("119.99"), PAID_AT));
        assertEquals(InvoiceStatus.OPEN, invoice.getStatus());
        assertEquals(Money.of("120.00"), invoice.balanceDue());
    }

    @Test
    void theTaxFollowsALineAddedAfterTheRate() {
        Invoice invoice = draft();
        addLine(invoice, "50.00");

        assertAll(
                () -> assertEquals(Money.of("150.00"), invoice.getSubtotal()),
                () -> assertEquals(Money.of("30.00"), invoice.getTax()),
                () -> assertEquals(Money.of("180.00"), invoice.getTotal()));
    }

    @Test
    void refusesAnImpossibleTaxRate() {
        Invoice invoice = draft();

        assertThrows(IllegalArgumentException.class, () -> invoice.applyTaxRate(new BigDecimal("-1")));
        assertThrows(IllegalArgumentException.class, () -> invoice.applyTaxRate(new BigDecimal("100")));
        assertEquals(Money.of("20.00"), invoice.getTax());
    }

    @Test
    void cannotBePaidAsADraftOrTwice() {
        Invoice draft = draft();
        Invoice paid = paid();

        assertThrows(IllegalStateException.class, () -> draft.markPaid(draft.getTotal(), PAID_AT));
        assertThrows(IllegalStateException.class, () -> paid.markPaid(paid.getTotal(), PAID_AT));
        assertEquals(InvoiceStatus.DRAFT, draft.getStatus());
    }

    @Test
    void anOpenInvoiceCanBeVoided() {
        Invoice invoice = issued();
        invoice.voidInvoice();

        assertEquals(InvoiceStatus.VOID, invoice.getStatus());
    }

    @Test
    void aPaidInvoiceCannotBeVoided() {
        Invoice invoice = paid();

        assertThrows(IllegalStateException.class, invoice::voidInvoice);
        assertEquals(InvoiceStatus.PAID, invoice.getStatus());
    }

    @Test
    void isOverdueOnlyWhenStillOpenAfterItsDueDate() {
        Invoice open = issued();
        Invoice voided = issued();
        voided.voidInvoice();

        assertAll(
                () -> assertFalse(open.isOverdue(DUE), "on the due date"),
                () -> assertTrue(open.isOverdue(DUE.plusDays(1)), "the day after"),
                () -> assertFalse(paid().isOverdue(DUE.plusDays(1)), "paid"),
                () -> assertFalse(voided.isOverdue(DUE.plusDays(1)), "void"),
                () -> assertFalse(draft().isOverdue(DUE.plusDays(1)), "draft"));
    }
}
