package io.clientportal.invoicing;

import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An invoice with its lines as the agency's invoice page shows it. The lines carry no unit rate: a line of one
 * person's hours would print that person's rate.
 */
public record InvoiceWithLines(InvoiceRow row, BigDecimal taxRate, Money subtotal, Money tax, Money amountPaid,
                             Instant paidAt, List<Line> lines) {

    static InvoiceWithLines of(Invoice invoice, LocalDate today) {
        List<Line> lines = invoice.getLines().stream().map(Line::of).toList();
        return new InvoiceWithLines(InvoiceRow.of(invoice, today), invoice.getTaxRate(), invoice.getSubtotal(),
                invoice.getTax(), invoice.getAmountPaid(), invoice.getPaidAt(), lines);
    }

    /** The hours all lines bill together. */
    public Hours hours() {
        return lines.stream().map(Line::hours).filter(Objects::nonNull).reduce(Hours.ZERO, Hours::plus);
    }

    /** A line: the project's hours (project and hours set) or a fixed amount (both null). */
    public record Line(int lineNo, String project, String description, Hours hours, Money amount) {

        static Line of(InvoiceLine line) {
            return new Line(line.getLineNo(), line.getProject() == null ? null : line.getProject().getName(),
                    line.getDescription(), line.getHours(), line.getAmount());
        }

        public boolean time() {
            return hours != null;
        }
    }
}
