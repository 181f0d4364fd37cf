package io.clientportal.portal;

import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import io.clientportal.tenancy.ScopedWork;
import io.clientportal.testing.IsolationWorld.ClientWorld;
import io.clientportal.testing.IsolationWorld;
import io.clientportal.testing.StatementCounter;
import io.clientportal.testing.TestDatabase;
import io.clientportal.testing.TestPersistence;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's queries on PostgreSQL: filters, sorting, paging and totals, each for one client only. Every client of
 * the world has an open invoice issued 2026-02-01 (due 02-15), a paid one, a draft and a void one, and twelve
 * approved entries of 2.50 h in January 2026.
 */
class PortalQueriesIT {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final LocalDate FEBRUARY_10 = LocalDate.of(2026, 2, 10);

    private static StatementCounter statements;
    private static TestPersistence persistence;
    private static IsolationWorld world;

    @BeforeAll
    static void createWorld() {
        statements = new StatementCounter(TestDatabase.recreate("portal_it_queries").dataSource());
        persistence = TestPersistence.on(statements.dataSource());
        world = IsolationWorld.create(persistence, "queries");
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Test
    void theListFiltersByStatus() {
        assertEquals(List.of("A1-OPEN", "A1-PAID"), numbers(InvoiceStatusFilter.ALL, null, MARCH));
        assertEquals(List.of("A1-OPEN"), numbers(InvoiceStatusFilter.OPEN, null, MARCH));
        assertEquals(List.of("A1-PAID"), numbers(InvoiceStatusFilter.PAID, null, MARCH));
        assertEquals(List.of("A1-OPEN"), numbers(InvoiceStatusFilter.OVERDUE, null, MARCH));
        assertEquals(List.of(), numbers(InvoiceStatusFilter.OVERDUE, null, FEBRUARY_10), "not yet due");
    }

    @Test
    void theListFiltersByIssueDate() {
        assertEquals(List.of("A1-OPEN", "A1-PAID"),
                numbers(InvoiceStatusFilter.ALL, new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1)),
                        MARCH));
        assertEquals(List.of(), numbers(InvoiceStatusFilter.ALL,
                new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)), MARCH));
    }

    @Test
    void theListSortsAndPagesAndCountsAll() {
        InvoicePage firstPage = query(em -> invoices(em).list(
                new InvoiceQuery(InvoiceStatusFilter.ALL, null, InvoiceSort.NUMBER, false, 0, 1), MARCH));
        assertEquals(2, firstPage.total());
        assertEquals(List.of("A1-PAID"), firstPage.rows().stream().map(PortalInvoice::getNumber).toList());
        InvoicePage secondPage = query(em -> invoices(em).list(
                new InvoiceQuery(InvoiceStatusFilter.ALL, null, InvoiceSort.NUMBER, false, 1, 1), MARCH));
        assertEquals(List.of("A1-OPEN"), secondPage.rows().stream().map(PortalInvoice::getNumber).toList());
    }

    @Test
    void anotherClientsInvoiceIsNotFoundAndHasNoLines() {
        for (ClientWorld other : List.of(world.a2, world.b1)) {
            assertTrue(query(em -> invoices(em).find(other.openInvoiceId())).isEmpty());
            assertTrue(query(em -> invoices(em).lines(other.openInvoiceId())).isEmpty());
            assertTrue(query(em -> invoices(em).billedTime(other.openInvoiceId())).isEmpty());
        }
    }

    @Test
    void anInvoicesBilledTimeAddsUpToItsLines() {
        List<PortalApprovedTime> billed = query(em -> invoices(em).billedTime(world.a1.openInvoiceId()));
        assertEquals(3, billed.size());
        Hours sum = billed.stream().map(PortalApprovedTime::getHours).reduce(Hours.ZERO, Hours::plus);
        Hours onLines = query(em -> invoices(em).lines(world.a1.openInvoiceId())).stream()
                .map(PortalInvoiceLine::getHours).reduce(Hours.ZERO, Hours::plus);
        assertEquals(onLines, sum);
    }

    @Test
    void hoursAreTotalledPerProjectForTheRange() {
        HoursQuery january = new HoursQuery(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
                null);
        assertEquals(List.of(new ProjectHours(world.a1.projectId(), "A1 Website", Hours.of("30.00"))),
                query(em -> hours(em).totals(january)));
        assertEquals(12L, (long) query(em -> hours(em).countEntries(january)));
        HoursQuery firstWeek = new HoursQuery(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 7)),
                world.a1.projectId());
        assertEquals(Hours.of("17.50"), query(em -> hours(em).totals(firstWeek)).get(0).hours());
        assertEquals(List.of(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 4)),
                query(em -> hours(em).entries(firstWeek, 2, 2)).stream()
                        .map(PortalApprovedTime::getWorkDate).toList());
    }

    @Test
    void anotherClientsProjectFilterFindsNothing() {
        HoursQuery foreign = new HoursQuery(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
                world.b1.projectId());
        assertEquals(List.of(), query(em -> hours(em).totals(foreign)));
        assertEquals(0L, (long) query(em -> hours(em).countEntries(foreign)));
    }

    @Test
    void anAbsurdRangeOrPageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HoursQuery(
                new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2026, 1, 1)), null));
        assertThrows(IllegalArgumentException.class,
                () -> new InvoiceQuery(InvoiceStatusFilter.ALL, null, InvoiceSort.NUMBER, true, 0, 1000));
        assertThrows(IllegalArgumentException.class,
                () -> new InvoiceQuery(InvoiceStatusFilter.ALL, null, InvoiceSort.NUMBER, true, -1, 10));
    }

    @Test
    void theLandingShowsWhatIsOwedAndOverdue() {
        PortalSummary.Landing landing = query(em -> new PortalSummary(em).landing(MARCH));
        PortalInvoice open = query(em -> invoices(em).find(world.a1.openInvoiceId())).orElseThrow();
        assertEquals(open.getTotal(), landing.outstanding());
        assertEquals(1, landing.overdueInvoices());
        assertEquals(Hours.ZERO, landing.approvedHoursThisMonth(), "no hours in March 2026");
        assertEquals(2, landing.latestInvoices().size());
        PortalSummary.Landing january = query(em -> new PortalSummary(em).landing(LocalDate.of(2026, 1, 20)));
        assertEquals(Hours.of("30.00"), january.approvedHoursThisMonth());
        assertTrue(landing.outstanding().compareTo(Money.ZERO) > 0);
    }

    // Each figure counts the statement that binds the portal scope to the transaction (DatabaseScope): one per
    // transaction, that is one per call of a portal service.

    @Test
    void theInvoiceListCostsThreeStatementsWhateverThePageSize() {
        for (int pageSize : new int[] {1, 2, 100}) {
            statements.reset();
            query(em -> invoices(em).list(
                    new InvoiceQuery(InvoiceStatusFilter.ALL, null, InvoiceSort.ISSUE_DATE, false, 0, pageSize), MARCH));
            assertEquals(3, statements.count(), "statements for a page of " + pageSize);
        }
    }

    @Test
    void theHoursPageCostsFourStatementsInOneTransactionWhateverThePageSize() {
        HoursQuery january = new HoursQuery(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
                null);
        for (int pageSize : new int[] {1, 12, 100}) {
            statements.reset();
            // The projects to choose from, the totals with the count, and the page, after the scope's binding.
            HoursPage page = query(em -> hours(em).page(january, 0, pageSize));
            page.entries().forEach(entry -> entry.getProject().getName());
            assertEquals(4, statements.count(), "statements for a page of " + pageSize);
            assertEquals(12, page.entryCount());
            assertEquals(List.of("A1 Website"), page.projects().stream().map(PortalProject::getName).toList());
        }
    }

    @Test
    void theInvoicePageCostsFourStatementsInOneTransaction() {
        statements.reset();
        PortalInvoices.InvoiceWithTime shown = query(em -> invoices(em).withTime(world.a1.openInvoiceId())).orElseThrow();
        assertEquals(3, shown.billedTime().size());
        assertEquals(4, statements.count());
    }

    @Test
    void theLandingCostsFourStatements() {
        statements.reset();
        query(em -> new PortalSummary(em).landing(MARCH));
        assertEquals(4, statements.count());
    }

    private static List<String> numbers(InvoiceStatusFilter status, DateRange issued, LocalDate today) {
        return query(em -> invoices(em).list(new InvoiceQuery(status, issued, InvoiceSort.NUMBER, true, 0, 50), today))
                .rows().stream()
                .map(PortalInvoice::getNumber).toList();
    }

    private static PortalInvoices invoices(EntityManager em) {
        return new PortalInvoices(em);
    }

    private static PortalHours hours(EntityManager em) {
        return new PortalHours(em);
    }

    /**
     * A read of A1's contact as the portal's services make it: on a fresh, unscoped EntityManager that the services
     * scope themselves, in a transaction, which the portal scope is bound to.
     */
    private static <T> T query(Function<EntityManager, T> read) {
        return persistence.inTransaction(persistence.unscoped(),
                em -> ScopedWork.call(world.a1.scope().caller(), () -> read.apply(em)));
    }
}
