package io.clientportal.demo;

import io.clientportal.apikeys.ApiKey;
import io.clientportal.apikeys.ApiKeyToken;
import io.clientportal.clients.Client;
import io.clientportal.identity.Role;
import io.clientportal.identity.UserAccount;
import io.clientportal.invoicing.ApprovedTimeInvoicing;
import io.clientportal.invoicing.Invoice;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import io.clientportal.tenancy.Tenant;
import io.clientportal.work.Person;
import io.clientportal.work.Project;
import io.clientportal.work.TimeEntry;
import io.clientportal.work.TimeEntryStatus;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Writes one agency's demo records through the real entities and rules, on an EntityManager already scoped to it.
 * Invoices must be asked for in the order they were issued, so their numbers run in date order.
 */
final class DemoAgency {

    private static final String[] HOURS = {"3.50", "6.00", "2.25", "7.50", "4.00", "1.75", "5.25"};
    private static final BigDecimal TAX_PERCENT = new BigDecimal("8.25");
    private static final int PAYMENT_TERM_DAYS = 30;
    /** Short enough that an invoice issued on the first of last month is overdue from the first of this one. */
    private static final int OVERDUE_TERM_DAYS = 14;
    private static final String REVIEWER = "admin@demo";

    private final EntityManager em;
    private final String passwordHash;
    private final Tenant tenant;
    private final Clock clock;
    private final LocalDate today;
    private int invoiceSequence;

    DemoAgency(EntityManager em, Tenant tenant, String passwordHash, Clock clock) {
        this.em = em;
        this.passwordHash = passwordHash;
        this.tenant = tenant;
        this.clock = clock;
        // The agency's own today, on the application's clock: the demo is "current" on whatever day it starts.
        this.today = LocalDate.now(clock.withZone(tenant.getTimeZone()));
    }

    YearMonth currentMonth() {
        return YearMonth.from(today);
    }

    void member(Role role, String email, String name) {
        UserAccount account = UserAccount.member(role, email, name, clock.instant());
        account.setPasswordHash(passwordHash);
        em.persist(account);
    }

    void contact(Client client, String email, String name) {
        UserAccount account = UserAccount.contact(client, email, name, clock.instant());
        account.setPasswordHash(passwordHash);
        em.persist(account);
    }

    /** A contact who was invited and has not set a password yet. */
    void invitedContact(Client client, String email, String name) {
        UserAccount account = UserAccount.contact(client, email, name, clock.instant());
        account.invitationSent(clock.instant());
        em.persist(account);
    }

    /** A contact who left the client: deactivated, the password kept for a possible return. */
    void deactivatedContact(Client client, String email, String name) {
        UserAccount account = UserAccount.contact(client, email, name, clock.instant());
        account.setPasswordHash(passwordHash);
        account.deactivate();
        em.persist(account);
    }

    Person person(String name, String email, String costRate, String billableRate) {
        return persist(new Person(name, email, Money.of(costRate), Money.of(billableRate), clock.instant()));
    }

    Client client(String name, String billingEmail, String billingAddress) {
        Client client = new Client(name, clock.instant());
        client.setBillingDetails(billingEmail, billingAddress, null);
        // As if the agency's own system had sent it, so the API's examples can address a demo client.
        client.setExternalId(name.toLowerCase(Locale.ROOT).replace(' ', '-'));
        return persist(client);
    }

    /** A key of the integration API whose secret is known (printed at start-up, used by the README's examples). */
    void apiKey(String label, ApiKeyToken token) {
        em.persist(new ApiKey(label, token, "admin@demo", clock.instant()));
    }

    Project project(Client client, String name, Money rate) {
        return persist(Project.forClient(client, name, rate, clock.instant()));
    }

    Project internalProject(String name) {
        return persist(Project.internal(name, clock.instant()));
    }

    /**
     * A month of weekday entries, up to today. They are approved but for one rejected entry, except those of the last
     * seven days, which are still waiting for review: a whole week even when it began last month, so there is always
     * something to review, whatever the day.
     */
    void work(Person person, Project project, YearMonth month, boolean current) {
        LocalDate last = current ? today : month.atEndOfMonth();
        int n = 0;
        for (LocalDate day = month.atDay(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            // Shifted by the month so that no two months bill exactly the same.
            TimeEntry entry = persist(new TimeEntry(person, project, day,
                    Hours.of(HOURS[(n + month.getMonthValue()) % HOURS.length]),
                    project.getName() + ": " + task(n), clock.instant()));
            entry.submit();
            // Reviewed two days later, or today: never in the future.
            LocalDate reviewed = day.plusDays(2).isAfter(today) ? today : day.plusDays(2);
            Instant reviewedAt = reviewed.atStartOfDay(ZoneId.of("UTC")).toInstant();
            boolean awaitingReview = day.isAfter(today.minusDays(7));
            if (n == 3) {
                entry.reject(REVIEWER, reviewedAt);
            } else if (!awaitingReview) {
                entry.approve(REVIEWER, reviewedAt);
            }
            n++;
        }
    }

    private static String task(int n) {
        String[] tasks = {"planning and estimates", "implementation", "code review", "client workshop",
            "testing and fixes", "deployment", "documentation"};
        return tasks[n % tasks.length];
    }

    void draftInvoice(Client client, YearMonth month) {
        fromApprovedTime(client, month);
    }

    void openInvoice(Client client, YearMonth month) {
        issue(fromApprovedTime(client, month), month);
    }

    /** An invoice of the month before last, issued on the first of last month with a short term: overdue today. */
    void overdueInvoice(Client client, YearMonth month) {
        Invoice invoice = fromApprovedTime(client, month);
        LocalDate issued = issueDate(month);
        invoice.issue(nextNumber(issued), issued, issued.plusDays(OVERDUE_TERM_DAYS));
    }

    void paidInvoice(Client client, YearMonth month) {
        Invoice invoice = issue(fromApprovedTime(client, month), month);
        Instant paidAt = invoice.getDueDate().minusDays(5).atStartOfDay(tenant.getTimeZone()).toInstant();
        invoice.markPaid(invoice.getTotal(), paidAt);
    }

    /** An invoice issued by mistake and voided: a fixed line, so the month's time stays billable. */
    void voidInvoice(Client client, YearMonth month) {
        Invoice invoice = new Invoice(client, DateRange.month(month.atDay(1)), tenant.getCurrency(),
                clock.instant());
        invoice.addLine(null, "Hosting and maintenance (issued in error)", null, null, Money.of("250.00"));
        persist(invoice);
        issue(invoice, month);
        invoice.voidInvoice();
    }

    private Invoice fromApprovedTime(Client client, YearMonth month) {
        DateRange period = DateRange.month(month.atDay(1));
        List<TimeEntry> entries = em.createQuery("select t from TimeEntry t where t.project.client = :client "
                        + "and t.status = :approved and t.billable = true and t.invoiceId is null "
                        + "and t.workDate between :first and :last", TimeEntry.class)
                .setParameter("client", client)
                .setParameter("approved", TimeEntryStatus.APPROVED)
                .setParameter("first", period.first())
                .setParameter("last", period.last())
                .getResultList();
        Invoice invoice = persist(ApprovedTimeInvoicing.draft(client, period, tenant.getCurrency(), TAX_PERCENT,
                entries, clock.instant()));
        em.flush();
        entries.forEach(entry -> entry.markBilled(invoice.getId()));
        return invoice;
    }

    private Invoice issue(Invoice invoice, YearMonth month) {
        LocalDate issued = issueDate(month);
        invoice.issue(nextNumber(issued), issued, issued.plusDays(PAYMENT_TERM_DAYS));
        return invoice;
    }

    private static LocalDate issueDate(YearMonth month) {
        return month.plusMonths(1).atDay(1);
    }

    private String nextNumber(LocalDate issued) {
        invoiceSequence++;
        return String.format(Locale.ROOT, "%s-%d-%04d", tenant.getSubdomain().toUpperCase(Locale.ROOT),
                issued.getYear(), invoiceSequence);
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
