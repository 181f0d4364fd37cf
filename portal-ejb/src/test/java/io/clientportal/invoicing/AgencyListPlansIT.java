package io.clientportal.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.audit.AuditLog;
import io.clientportal.kernel.DateRange;
import io.clientportal.tenancy.ScopedWork;
import io.clientportal.testing.IsolationWorld;
import io.clientportal.testing.QueryPlans;
import io.clientportal.testing.TestDatabase;
import io.clientportal.testing.TestPersistence;
import io.clientportal.work.TimeQuery;
import io.clientportal.work.TimeSheetPage;
import io.clientportal.work.Timesheets;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agency's lists on a filled PostgreSQL table (200,000 time entries over two years, 20,000 invoices in one
 * tenant, one in ten OPEN): each of their queries, exactly as the services send it, reads by index; none scans
 * time_entry or invoice.
 */
class AgencyListPlansIT {

    private static final int ENTRIES = 200_000;
    private static final int INVOICES = 20_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);

    private static QueryPlans plans;
    private static TestPersistence persistence;
    private static IsolationWorld world;

    @BeforeAll
    static void fill() throws SQLException {
        DataSource database = TestDatabase.recreate("portal_it_list_plans").dataSource();
        plans = new QueryPlans(database);
        persistence = TestPersistence.on(plans.dataSource());
        world = IsolationWorld.create(persistence, "plans");
        long entry = world.a1.approvedEntryIds().get(0);
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into time_entry (id, tenant_id, person_id, project_id, work_date, hours, note, status, "
                    + "reviewed_by, reviewed_at, billable, billable_rate, cost_rate, created_at, version) "
                    + "select 2000000000 + g, t.tenant_id, t.person_id, t.project_id, date '" + TODAY + "' - (g % 730),"
                    + " 1.5, 'work', 'APPROVED', 'r@x.example', t.created_at, true, 100, 50, t.created_at, 0 "
                    + "from time_entry t, generate_series(1, " + ENTRIES + ") g where t.id = " + entry);
            sql.execute("insert into invoice (id, tenant_id, client_id, number, status, period_start, period_end, "
                    + "issue_date, due_date, currency, tax_rate, subtotal, tax, total, amount_paid, paid_at, "
                    + "public_access_token, created_at, version) "
                    + "select 3000000000 + g, i.tenant_id, i.client_id, 'PLAN-' || lpad(g::text, 6, '0'), "
                    + "case when g % 10 = 0 then 'OPEN' else 'PAID' end, "
                    + "date '" + TODAY + "' - (" + INVOICES + " - g) / 20 - 7, "
                    + "date '" + TODAY + "' - (" + INVOICES + " - g) / 20 - 1, "
                    + "date '" + TODAY + "' - (" + INVOICES + " - g) / 20, "
                    + "date '" + TODAY + "' - (" + INVOICES + " - g) / 20 + 14, i.currency, 20, 100, 20, 120, 120, "
                    + "i.created_at, substr(md5('a' || g) || md5('b' || g), 1, 43), "
                    + "i.created_at + g * interval '1 minute', 0 "
                    + "from invoice i, generate_series(1, " + INVOICES + ") g "
                    + "where i.id = " + world.a1.paidInvoiceId());
            sql.execute("vacuum analyze"); // as autovacuum would: index-only counts need the visibility map
        }
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Test
    void theTimeListReadsByIndexForAnyRange() {
        DateRange lastMonth = DateRange.month(TODAY.minusMonths(1));
        for (DateRange range : List.of(lastMonth, new DateRange(TODAY.minusDays(6), TODAY))) {
            TimeSheetPage page = read(em -> timesheets(em).page(
                    new TimeQuery(range, null, null, null, null), 0, 50));
            assertEquals(50, page.rows().size());
            assertIndexScansOnly("time_entry");
        }
    }

    @Test
    void theInvoiceListReadsAPageByIndexAndTheLastTaxRateOneRow() {
        InvoiceListPage page = read(em -> new Invoices(em).list(null, null, TODAY, 0, 50));
        assertEquals(50, page.rows().size());
        List<Boolean> drafts = page.rows().stream().map(InvoiceRow::draft).toList();
        assertEquals(drafts.indexOf(false), drafts.lastIndexOf(true) + 1, "drafts come first: " + drafts);
        assertEquals("PLAN-020000", page.rows().get(drafts.indexOf(false)).number(), "then the newest issued");
        assertIndexScansOnly("invoice");
        // One status of ten: a status holding nearly all of a tenant's invoices is counted by a scan, rightly.
        read(em -> new Invoices(em).list(InvoiceStatus.OPEN, null, TODAY, 50, 50));
        assertIndexScansOnly("invoice");
        read(em -> new Invoices(em).lastTaxRate());
        assertIndexScansOnly("invoice");
    }

    private static Timesheets timesheets(EntityManager em) {
        return new Timesheets(em, new AuditLog(CLOCK), CLOCK);
    }

    private static <T> T read(Function<EntityManager, T> work) {
        plans.reset();
        return persistence.inTransaction(persistence.unscoped(),
                em -> ScopedWork.call(world.agencyA, () -> work.apply(em)));
    }

    private static void assertIndexScansOnly(String table) {
        List<String> read = plans.plans().stream().filter(plan -> plan.contains(" " + table)).toList();
        assertFalse(read.isEmpty(), "no query of " + table);
        for (String plan : read) {
            assertFalse(plan.contains("Seq Scan on " + table + " "), plan);
        }
    }
}
