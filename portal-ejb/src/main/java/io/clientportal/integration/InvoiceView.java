package io.clientportal.integration;

import io.clientportal.invoicing.Invoice;
import io.clientportal.invoicing.InvoiceLine;
import io.clientportal.invoicing.InvoiceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An invoice as the API shows it, with its lines; amounts in the invoice's currency. */
public record InvoiceView(String externalId, long id, String client, String number, InvoiceStatus status,
                          LocalDate periodStart, LocalDate periodEnd, LocalDate issueDate, LocalDate dueDate,
                          String currency, BigDecimal taxRate, BigDecimal subtotal, BigDecimal tax, BigDecimal total,
                          BigDecimal amountPaid, List<Line> lines) {

    /** One line: a project's hours (project by external id), or a fixed amount (no hours). */
    public record Line(int lineNo, String project, String description, BigDecimal hours, BigDecimal unitRate,
                       BigDecimal amount) {

        static Line of(InvoiceLine line) {
            return new Line(line.getLineNo(), line.getProject() == null ? null : line.getProject().getExternalId(),
                    line.getDescription(), line.getHours() == null ? null : line.getHours().value(),
                    line.getUnitRate() == null ? null : line.getUnitRate().amount(), line.getAmount().amount());
        }
    }

    static InvoiceView of(Invoice invoice) {
        return new InvoiceView(invoice.getExternalId(), invoice.getId(), invoice.getClient().getExternalId(),
                invoice.getNumber(), invoice.getStatus(), invoice.getPeriod().first(), invoice.getPeriod().last(),
                invoice.getIssueDate(), invoice.getDueDate(), invoice.getCurrency().getCurrencyCode(),
                invoice.getTaxRate(), invoice.getSubtotal().amount(), invoice.getTax().amount(),
                invoice.getTotal().amount(), invoice.getAmountPaid().amount(),
                invoice.getLines().stream().map(Line::of).toList());
    }
}
