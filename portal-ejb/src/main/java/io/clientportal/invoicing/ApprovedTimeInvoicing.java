package io.clientportal.invoicing;

import io.clientportal.clients.Client;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Formatting;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import io.clientportal.work.Project;
import io.clientportal.work.TimeEntry;
import io.clientportal.work.TimeEntryStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a client's approved, not yet billed time into a draft invoice: one line per project, its hours the sum of the
 * entries and its amount the sum of each entry at the rate frozen on approval. This is the rule that makes the portal's
 * hours and the invoices agree.
 */
public final class ApprovedTimeInvoicing {

    private ApprovedTimeInvoicing() {
    }

    /** Drafts the invoice. The caller persists it and then marks the entries billed with its id. */
    public static Invoice draft(Client client, DateRange period, Currency currency, BigDecimal taxPercent,
                                List<TimeEntry> entries, Instant createdAt) {
        Invoice invoice = new Invoice(client, period, currency, createdAt);
        byProject(client, period, entries).forEach((project, projectEntries) -> {
            Hours hours = projectEntries.stream().map(TimeEntry::getHours).reduce(Hours.ZERO, Hours::plus);
            Money amount = projectEntries.stream().map(TimeEntry::billedAmount).reduce(Money.ZERO, Money::plus);
            invoice.addLine(project, description(period), hours, uniformRate(projectEntries), amount);
        });
        invoice.applyTaxRate(taxPercent);
        return invoice;
    }

    /** What a line bills, for the client's eyes: the project is in its own column, so this says the period. */
    static String description(DateRange period) {
        return "Approved hours, " + Formatting.date(period.first()) + " to "
                + Formatting.date(period.last());
    }

    private static Map<Project, List<TimeEntry>> byProject(Client client, DateRange period, List<TimeEntry> entries) {
        Map<Project, List<TimeEntry>> grouped = new LinkedHashMap<>();
        entries.stream()
                .peek(entry -> requireBillable(entry, client, period))
                .sorted(Comparator.comparing((TimeEntry e) -> e.getProject().getName())
                        .thenComparing(TimeEntry::getWorkDate))
                .forEach(entry -> grouped.computeIfAbsent(entry.getProject(), p -> new ArrayList<>())
                        .add(entry));
        return grouped;
    }

    private static void requireBillable(TimeEntry entry, Client client, DateRange period) {
        boolean ok = entry.getStatus() == TimeEntryStatus.APPROVED
                && entry.isBillable()
                && entry.getInvoiceId() == null
                && Objects.equals(entry.getProject().getClient(), client)
                && period.contains(entry.getWorkDate());
        if (!ok) {
            throw new IllegalArgumentException("Only the client's approved, unbilled time in the period is invoiced");
        }
    }

    /** The line's rate when all its hours were billed at one rate; a mix of rates prints no rate at all. */
    private static Money uniformRate(List<TimeEntry> entries) {
        List<Money> rates = entries.stream().map(TimeEntry::getBillableRate).distinct().toList();
        return rates.size() == 1 ? rates.get(0) : null;
    }
}
