package io.clientportal.invoicing;

import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Money;
import java.time.LocalDate;
import java.util.Currency;

/**
 * One invoice as the agency's list shows it. A record rather than the entity, so the page holds no lazy relations
 * and nothing it could change by accident.
 */
public record InvoiceRow(long id, String number, long clientId, String clientName, DateRange period,
                         LocalDate issueDate, LocalDate dueDate, Money total, Currency currency,
                         InvoiceStatus status, boolean overdue) {

    static InvoiceRow of(Invoice invoice, LocalDate today) {
        return new InvoiceRow(invoice.getId(), invoice.getNumber(), invoice.getClient().getId(),
                invoice.getClient().getName(), invoice.getPeriod(), invoice.getIssueDate(), invoice.getDueDate(),
                invoice.getTotal(), invoice.getCurrency(), invoice.getStatus(), invoice.isOverdue(today));
    }

    public boolean draft() {
        return status == InvoiceStatus.DRAFT;
    }
}
