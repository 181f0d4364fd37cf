package io.clientportal.invoicing;

import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import io.clientportal.work.Person;
import io.clientportal.work.Project;
import io.clientportal.work.TimeEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/** Small builders for people and their time, shared by the invoicing tests. No database: ids stay null. */
final class Work {

    /** When the test's records were created: any fixed instant, no test reads the real time. */
    private static final Instant CREATED = Instant.parse("2026-01-01T09:00:00Z");

    static final Currency EUR = Currency.getInstance("EUR");
    static final DateRange MARCH = DateRange.month(LocalDate.of(2025, 3, 1));
    static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);
    static final String APPROVER = "admin@agency.test";
    static final Instant APPROVED_AT = Instant.parse("2025-04-01T09:00:00Z");
    static final String COST_RATE = "40.00";

    private Work() {
    }

    /** A person with the usual cost rate and the given billable rate. */
    static Person person(String name, String billableRate) {
        return new Person(name, name + "@agency.test", Money.of(COST_RATE), Money.of(billableRate), CREATED);
    }

    static TimeEntry submitted(Person person, Project project, LocalDate day, String hours) {
        TimeEntry entry = new TimeEntry(person, project, day, Hours.of(hours), null, CREATED);
        entry.submit();
        return entry;
    }

    static TimeEntry approved(Person person, Project project, LocalDate day, String hours) {
        TimeEntry entry = submitted(person, project, day, hours);
        entry.approve(APPROVER, APPROVED_AT);
        return entry;
    }

    static TimeEntry approved(Person person, Project project, String hours) {
        return approved(person, project, MARCH_10, hours);
    }

    static TimeEntry billed(Person person, Project project, long invoiceId) {
        TimeEntry entry = approved(person, project, "1");
        entry.markBilled(invoiceId);
        return entry;
    }
}
