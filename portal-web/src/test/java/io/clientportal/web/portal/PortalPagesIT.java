package io.clientportal.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.testing.TestDatabase;
import io.clientportal.web.testing.Browserless;
import io.clientportal.web.testing.ContainerTestDatabase;
import io.clientportal.web.testing.DemoDatabase;
import io.clientportal.web.testing.PortalWar;
import io.clientportal.web.testing.SuiteClock;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every portal page, as Globex's contact: its own invoices and hours, and nothing of Initech's, of the other agency's,
 * of the internal project, and no rate. Ids of other scopes in any parameter find nothing; bad input gets a message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalPagesIT {

    private static final String ACME = "acme.localhost";
    /** What must never reach Globex's contact: other clients' projects, the internal project, the marker rates. */
    private static final List<String> FORBIDDEN = List.of("Initech", "Hooli", "Raccoon", "Umbrella",
            "Acme Internal Tooling", "987.65", "456.78");

    @ArquillianResource
    private URL base;

    private Browserless ava;

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalWar.asBuilt();
    }

    @BeforeEach
    void signIn() {
        ava = new Browserless(base);
        assertEquals(302, ava.signIn(ACME, "ava@globex.example", "demo-password-123").statusCode());
    }

    @Test
    void everyPortalPageShowsGlobexOnly() throws SQLException {
        List<String> pages = new ArrayList<>(List.of("/portal/", "/portal/invoices.xhtml",
                "/portal/invoices.xhtml?status=paid", "/portal/invoices.xhtml?status=overdue",
                "/portal/invoices.xhtml?preset=this-year", "/portal/hours.xhtml",
                "/portal/hours.xhtml?preset=this-year", "/portal/hours.xhtml?preset=last-year"));
        for (String id : strings(GLOBEX_VISIBLE_INVOICES.replace("number", "id"))) {
            pages.add("/portal/invoice.xhtml?id=" + id);
        }
        pages.add("/portal/hours.csv?from=2000-01-01&to=2002-12-31");
        pages.add("/portal/hours.csv?" + lastYearsRange());
        for (String page : pages) {
            HttpResponse<String> response = ava.get(ACME, page);
            assertEquals(200, response.statusCode(), page);
            assertClean(page, response.body());
        }
    }

    @Test
    void theInvoiceListHoldsExactlyGlobexsIssuedInvoices() throws SQLException {
        String body = ava.get(ACME, "/portal/invoices.xhtml").body();
        for (String number : strings(GLOBEX_VISIBLE_INVOICES)) {
            assertTrue(body.contains(number), number);
        }
        for (String number : strings("select number from invoice where number is not null and (status in "
                + "('DRAFT', 'VOID') or client_id <> (select id from client where name = 'Globex'))")) {
            assertFalse(body.contains(number), "the list shows " + number);
        }
    }

    @Test
    void otherScopesIdsFindNothing() throws SQLException {
        for (String id : strings("select id from invoice where client_id <> (select id from client "
                + "where name = 'Globex') or status in ('DRAFT', 'VOID')")) {
            HttpResponse<String> detail = ava.get(ACME, "/portal/invoice.xhtml?id=" + id);
            assertEquals(404, detail.statusCode(), "invoice " + id);
            assertClean("invoice " + id, detail.body());
        }
        for (String id : strings("select id from project where client_id is null or client_id <> "
                + "(select id from client where name = 'Globex')")) {
            HttpResponse<String> hours = ava.get(ACME, "/portal/hours.xhtml?preset=this-year&project=" + id);
            assertEquals(404, hours.statusCode(), "project " + id);
            assertClean("project " + id, hours.body());
            HttpResponse<String> csv = ava.get(ACME, "/portal/hours.csv?" + lastYearsRange() + "&project=" + id);
            assertEquals(404, csv.statusCode(), "project " + id);
            assertClean("project " + id + " as CSV", csv.body());
        }
    }

    @Test
    void eachContactsDownloadIsItsOwnEvenRightAfterAnothers() {
        String range = "/portal/hours.csv?" + lastYearsRange();
        Browserless cara = new Browserless(base);
        assertEquals(302, cara.signIn(ACME, "cara@initech.example", "demo-password-123").statusCode());
        for (int round = 0; round < 3; round++) {
            String avas = ava.get(ACME, range).body();
            String caras = cara.get(ACME, range).body();
            assertTrue(avas.contains("Globex") && !avas.contains("Initech"), "ava's CSV: " + avas);
            assertTrue(caras.contains("Initech") && !caras.contains("Globex"), "cara's CSV: " + caras);
        }
    }

    @Test
    void theHoursOfAMonthAreTheHoursItsInvoiceBilled() throws SQLException {
        // Invoices whose period's approved hours are all theirs: InvoicingIT bills the demo's last seven days on an
        // invoice of its own, which early in a month takes some of last month's hours from last month's invoice.
        List<String> invoices = strings("select i.id || ':' || i.period_start || ':' || i.period_end || ':' || "
                + "sum(l.hours) from invoice i join invoice_line l on l.invoice_id = i.id where i.status in "
                + "('OPEN', 'PAID') and i.client_id = (select id from client where name = 'Globex') "
                + "and not exists (select 1 from time_entry t join project p on p.id = t.project_id "
                + "where p.client_id = i.client_id and t.status = 'APPROVED' and t.invoice_id is distinct from i.id "
                + "and t.work_date between i.period_start and i.period_end) "
                + "group by i.id, i.period_start, i.period_end");
        assertTrue(invoices.size() >= 3, "too few invoices to compare: " + invoices);
        for (String row : invoices) {
            String[] parts = row.split(":");
            String page = ava.get(ACME, "/portal/hours.xhtml?from=" + parts[1] + "&to=" + parts[2]).body();
            String total = String.format(Locale.ENGLISH, "%,.2f", new BigDecimal(parts[3]));
            assertTrue(page.contains(">" + total + "<"), "month " + parts[1] + " should total " + total);
        }
    }

    @Test
    void badInputGetsAMessageNotAnError() {
        String[][] cases = {
            {"/portal/invoices.xhtml?from=2026-05-01&to=2026-01-01", "The end date is before the start date"},
            {"/portal/invoices.xhtml?from=yesterday&to=today", "Dates look like 2026-03-31"},
            {"/portal/invoices.xhtml?status=%3Cscript%3Ealert(1)%3C/script%3E", "That status is unknown"},
            {"/portal/invoices.xhtml?page=-3", "That page does not exist"},
            {"/portal/hours.xhtml?from=1999-12-31&to=2000-01-31", "That date is out of range"},
            {"/portal/invoices.xhtml?preset=forever", "That period is unknown"},
            {"/portal/hours.xhtml?from=1000-01-01&to=1000-12-31", "That date is out of range"},
            {"/portal/hours.xhtml?from=2020-01-01&to=2026-01-01", "A range can span at most three years"},
            {"/portal/hours.xhtml?project=abc", "That project is unknown"},
        };
        for (String[] c : cases) {
            HttpResponse<String> response = ava.get(ACME, c[0]);
            assertEquals(200, response.statusCode(), c[0]);
            assertTrue(response.body().contains(c[1]), c[0] + ": " + response.body());
            assertFalse(response.body().contains("alert(1)"), c[0] + " echoes its input");
            assertFalse(response.body().contains("Exception"), c[0]);
        }
        assertEquals(404, ava.get(ACME, "/portal/invoice.xhtml?id=abc").statusCode());
        assertEquals(404, ava.get(ACME, "/portal/invoice.xhtml").statusCode());
        assertEquals(400, ava.get(ACME, "/portal/hours.csv?from=2026-02-01&to=2026-01-01").statusCode());
    }

    /** (page - 1) x 50 overflowed an int: page 2147483648 answered 500. */
    @Test
    void anAbsurdPageNumberShowsTheFirstPageWithAMessageNotAnOverflow() {
        for (String path : List.of("/portal/hours.xhtml?page=2147483648", "/portal/hours.xhtml?page=100001",
                "/portal/invoices.xhtml?page=2147483648", "/portal/hours.xhtml?page=99999999999999999999")) {
            HttpResponse<String> response = ava.get(ACME, path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.body().contains("That page does not exist; showing the first page."),
                    path + ": " + response.body());
        }
    }

    /**
     * Statements per page counted at PostgreSQL (transaction control and pool checks included): at most seven, on a
     * range with a few rows as on one with the most. The page size stays; what must not grow with it is the count.
     */
    @Test
    void eachPortalPageCostsAtMostSevenStatements() throws SQLException {
        List<String> pages = new ArrayList<>(List.of("/portal/", "/portal/invoices.xhtml",
                "/portal/invoices.xhtml?status=paid&preset=this-year&sort=amount&dir=desc",
                "/portal/hours.xhtml", "/portal/hours.xhtml?preset=this-year",
                "/portal/hours.xhtml?" + lastYearsRange()));
        pages.add("/portal/invoice.xhtml?id=" + strings(GLOBEX_VISIBLE_INVOICES.replace("number", "id")).get(0));
        for (String page : pages) {
            ava.get(ACME, page); // warm: the first view of a page may load what later views find cached
            List<String> statements = ContainerTestDatabase.relay()
                    .costOf(() -> assertEquals(200, ava.get(ACME, page).statusCode(), page));
            // The figures docs/performance.md quotes come from this line of the test's output.
            System.out.println(page + " costs " + statements.size() + " statements");
            assertTrue(statements.size() <= 7, page + " cost " + statements.size() + " statements: "
                    + String.join("\n", statements));
        }
    }

    private static final String GLOBEX_VISIBLE_INVOICES = "select number from invoice where status in ('OPEN', "
            + "'PAID') and client_id = (select id from client where name = 'Globex')";

    private static String lastYearsRange() {
        int year = SuiteClock.todayAtAcme().getYear();
        return "from=" + (year - 1) + "-01-01&to=" + year + "-12-31";
    }

    private static void assertClean(String page, String body) {
        for (String forbidden : FORBIDDEN) {
            assertFalse(body.contains(forbidden), page + " shows " + forbidden);
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            return db.strings(sql);
        }
    }
}
