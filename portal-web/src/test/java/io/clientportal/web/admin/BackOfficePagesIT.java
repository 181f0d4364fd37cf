package io.clientportal.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.testing.TestDatabase;
import io.clientportal.web.testing.Browserless;
import io.clientportal.web.testing.ContainerTestDatabase;
import io.clientportal.web.testing.DemoDatabase;
import io.clientportal.web.testing.PortalWar;
import io.clientportal.web.testing.SuiteClock;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The back office's pages for clients (with their contacts), projects and people, and the CSV import of time, as
 * acme's admin and as its staff member Sam: what each sees, what each may change, and what the database holds after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackOfficePagesIT {

    private static final String ACME = "acme.localhost";
    private static final String PASSWORD = "demo-password-123";
    /** The demo's staff rates (Sam's cost and billable rate, Jürgen's cost rate): for admins' eyes only. */
    private static final List<String> RATES = List.of("456.78", "987.65", "61.50");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalWar.asBuilt();
    }

    @Test
    void anAdminCreatesAClientThenRenamesItAndTheListFollows() throws SQLException {
        Browserless admin = signedIn("admin@acme.example");

        HttpResponse<String> created = admin.submit(ACME, "/admin/clients/edit.xhtml", "client", Map.of(
                "name", "Stark Industries", "billingEmail", "ap@stark.example",
                "billingAddress", "10880 Malibu Point", "taxId", "US-1", "portalEnabled_input", "on", "save", ""));

        assertEquals(302, created.statusCode(), created.body());
        String editPath = path(created);
        assertTrue(editPath.startsWith("/admin/clients/edit.xhtml?id="), editPath);
        String page = admin.get(ACME, editPath).body();
        assertTrue(page.contains("Client Stark Industries saved."), page);
        assertTrue(page.contains("value=\"ap@stark.example\""), page);
        assertTrue(admin.get(ACME, "/admin/clients/index.xhtml").body().contains("Stark Industries"));

        HttpResponse<String> renamed = admin.submit(ACME, editPath, "client", Map.of("name", "Stark Enterprises",
                "billingEmail", "ap@stark.example", "billingAddress", "", "taxId", "", "save", ""));

        assertEquals(302, renamed.statusCode(), renamed.body());
        String list = admin.get(ACME, "/admin/clients/index.xhtml").body();
        assertTrue(list.contains("Stark Enterprises"), list);
        assertFalse(list.contains("Stark Industries"), list);
        assertEquals(List.of("f"), db("select portal_enabled from client where name = 'Stark Enterprises'"),
                "an unticked box closes the portal");
    }

    @Test
    void aRefusedClientKeepsWhatWasTypedAndSaysWhyNextToTheField() throws SQLException {
        Browserless staff = signedIn("sam@acme.example");

        HttpResponse<String> refused = staff.submit(ACME, "/admin/clients/edit.xhtml", "client", Map.of(
                "name", "Wayne <Enterprises>", "billingEmail", "not-an-email", "billingAddress", "", "taxId", "",
                "save", ""));

        assertEquals(200, refused.statusCode());
        String body = refused.body();
        int field = body.indexOf("id=\"client:billingEmail\"");
        int message = body.indexOf("The billing email is not an email address.");
        int nextField = body.indexOf("id=\"client:billingAddress\"");
        assertTrue(field > 0 && field < message && message < nextField, "the message is not by its field: " + body);
        assertTrue(body.contains("value=\"Wayne &lt;Enterprises&gt;\""), "what was typed is lost");
        assertTrue(body.contains("value=\"not-an-email\""), "what was typed is lost");
        assertEquals(List.of(), db("select name from client where name like 'Wayne%'"));

        HttpResponse<String> twin = staff.submit(ACME, "/admin/clients/edit.xhtml", "client", Map.of(
                "name", "globex", "billingEmail", "", "billingAddress", "", "taxId", "", "save", ""));
        assertTrue(twin.body().contains("Another client is already named globex."), twin.body());
    }

    @Test
    void aClientsPageListsItsContactsWithActionsForAdminsOnly() throws SQLException {
        String globex = db("select id from client where name = 'Globex'").get(0);
        String path = "/admin/clients/edit.xhtml?id=" + globex;

        String asAdmin = signedIn("admin@acme.example").get(ACME, path).body();
        assertTrue(asAdmin.contains("ava@globex.example") && asAdmin.contains("ben@globex.example"), asAdmin);
        assertFalse(asAdmin.contains("cara@initech.example"), "another client's contact");
        assertTrue(asAdmin.contains(":deactivate\"") && asAdmin.contains("Send invitation"), asAdmin);

        Browserless sam = signedIn("sam@acme.example");
        HttpResponse<String> asStaff = sam.get(ACME, path);
        assertTrue(asStaff.body().contains("ava@globex.example"), asStaff.body());
        assertFalse(asStaff.body().contains(":deactivate\"") || asStaff.body().contains(":reactivate\""),
                asStaff.body());
        assertFalse(asStaff.body().contains("Send invitation"), asStaff.body());

        for (String button : List.of("contacts:list:0:deactivate", "contacts:list:1:deactivate",
                "contacts:list:2:deactivate", "contacts:list:2:resend", "contacts:list:3:reactivate")) {
            sam.post(ACME, path, Map.of("contacts", "contacts", button, "Forged",
                    "jakarta.faces.ViewState", viewState(sam.get(ACME, path).body())));
        }
        sam.post(ACME, path, Map.of("invite", "invite", "invite:name", "Mallory", "invite:email",
                "mallory@evil.example", "invite:submit", "Send invitation",
                "jakarta.faces.ViewState", viewState(sam.get(ACME, path).body())));
        assertEquals(List.of("ava@globex.example true", "ben@globex.example true", "gina@globex.example true",
                        "hank@globex.example false"),
                db("select email || ' ' || active from user_account where email like '%@globex.example' order by email"),
                "staff changed a contact");
        assertEquals(List.of(), db("select subject from audit_event where actor = 'sam@acme.example' and action in "
                + "('CONTACT_DEACTIVATED', 'CONTACT_REACTIVATED', 'INVITATION_SENT')"));
        assertEquals(List.of(), db("select email from user_account where email = 'mallory@evil.example'"));
        assertEquals(403, sam.get(ACME, "/admin/contacts/index.xhtml").statusCode());
    }

    @Test
    void closingAClientsPortalKeepsItsContactsOutUntilItOpensAgain() throws SQLException {
        Browserless cara = signedIn("cara@initech.example");
        assertEquals(200, cara.get(ACME, "/portal/").statusCode());
        Browserless admin = signedIn("admin@acme.example");
        String initech = db("select id from client where name = 'Initech'").get(0);
        try {
            assertEquals(302, saveInitech(admin, initech, false).statusCode());
            assertEquals(302, cara.get(ACME, "/portal/").statusCode(), "a closed portal's contact still reads it");
            assertEquals(200, new Browserless(base).signIn(ACME, "cara@initech.example", PASSWORD).statusCode(),
                    "a closed portal's contact signed in");
        } finally {
            assertEquals(302, saveInitech(admin, initech, true).statusCode());
        }
        assertEquals(302, new Browserless(base).signIn(ACME, "cara@initech.example", PASSWORD).statusCode());
    }

    /** Saves Initech as it is (so its invoices keep their billing details), with its portal open or closed. */
    private static HttpResponse<String> saveInitech(Browserless admin, String id, boolean portalOpen)
            throws SQLException {
        Map<String, String> fields = new HashMap<>();
        List<String> values = db("select name || chr(31) || coalesce(billing_email, '') || chr(31) "
                + "|| coalesce(billing_address, '') || chr(31) || coalesce(tax_id, '') from client where id = " + id);
        String[] client = values.get(0).split("\u001f", -1);
        fields.putAll(Map.of("name", client[0], "billingEmail", client[1], "billingAddress", client[2],
                "taxId", client[3], "save", ""));
        if (portalOpen) {
            fields.put("portalEnabled_input", "on");
        }
        return admin.submit(ACME, "/admin/clients/edit.xhtml?id=" + id, "client", fields);
    }

    @Test
    void aProjectIsCreatedForAClientWithItsRateAndAnInternalOneIsNeverBillable() throws SQLException {
        Browserless staff = signedIn("sam@acme.example");
        String initech = db("select id from client where name = 'Initech'").get(0);

        HttpResponse<String> refused = staff.submit(ACME, "/admin/projects/edit.xhtml", "project", Map.of(
                "clientId", "", "name", "Office move", "billable_input", "on", "hourlyRate", "", "active_input", "on",
                "save", ""));
        assertTrue(refused.body().contains("An internal project (one without a client) is never billable."),
                refused.body());
        assertTrue(refused.body().contains("value=\"Office move\""));

        HttpResponse<String> twin = staff.submit(ACME, "/admin/projects/edit.xhtml", "project", Map.of(
                "clientId", initech, "name", "initech tps integration", "billable_input", "on", "hourlyRate", "",
                "active_input", "on", "save", ""));
        assertTrue(twin.body().contains("Initech already has a project named initech tps integration."),
                twin.body());

        HttpResponse<String> badRate = staff.submit(ACME, "/admin/projects/edit.xhtml", "project", Map.of(
                "clientId", initech, "name", "Initech Printers", "billable_input", "on", "hourlyRate", "12O",
                "active_input", "on", "save", ""));
        assertTrue(badRate.body().contains("Write an amount like 120.00"), badRate.body());

        HttpResponse<String> created = staff.submit(ACME, "/admin/projects/edit.xhtml", "project", Map.of(
                "clientId", initech, "name", "Initech Printers", "billable_input", "on", "hourlyRate", "175,5",
                "active_input", "on", "save", ""));
        assertEquals(302, created.statusCode(), created.body());
        String list = staff.get(ACME, "/admin/projects/index.xhtml").body();
        Matcher row = Pattern.compile("Initech Printers</a>.*?</tr>", Pattern.DOTALL).matcher(list);
        assertTrue(row.find(), list);
        assertTrue(row.group().contains("Initech") && row.group().contains("175.50"), row.group());
        assertEquals(List.of("Initech|true|175.50"), db("select c.name || '|' || p.billable || '|' || p.hourly_rate "
                + "from project p join client c on c.id = p.client_id where p.name = 'Initech Printers'"));
    }

    @Test
    void anAdminSeesAndSetsRates() throws SQLException {
        Browserless admin = signedIn("admin@acme.example");
        String list = admin.get(ACME, "/admin/people/index.xhtml").body();
        assertTrue(list.contains("456.78") && list.contains("987.65"), list);

        HttpResponse<String> created = admin.submit(ACME, "/admin/people/edit.xhtml", "person", Map.of(
                "name", "Nora Price", "email", "nora@acme.example", "active_input", "on", "costRate", "70",
                "billableRate", "155.25", "save", ""));
        assertEquals(302, created.statusCode(), created.body());
        assertEquals(List.of("70.00|155.25"),
                db("select cost_rate || '|' || billable_rate from person where email = 'nora@acme.example'"));

        String id = db("select id from person where email = 'nora@acme.example'").get(0);
        HttpResponse<String> refused = admin.submit(ACME, "/admin/people/edit.xhtml?id=" + id, "person", Map.of(
                "name", "Nora Price", "email", "nora@acme.example", "active_input", "on", "costRate", "-5",
                "billableRate", "160", "save", ""));
        assertTrue(refused.body().contains("Write an amount like 120.00"), refused.body());
        assertEquals(List.of("70.00|155.25"),
                db("select cost_rate || '|' || billable_rate from person where email = 'nora@acme.example'"));
    }

    @Test
    void staffSeeNoRateAnywhereAndTheirPostsCannotSetOne() throws SQLException {
        Browserless sam = signedIn("sam@acme.example");
        String samsId = db("select id from person where email = 'sam@acme.example'").get(0);
        for (String page : List.of("/admin/people/index.xhtml", "/admin/people/edit.xhtml",
                "/admin/people/edit.xhtml?id=" + samsId)) {
            HttpResponse<String> response = sam.get(ACME, page);
            assertEquals(200, response.statusCode(), page);
            assertTrue(response.body().contains("Sam Carter") || page.endsWith("edit.xhtml"), page);
            for (String rate : RATES) {
                assertFalse(response.body().contains(rate), page + " shows the rate " + rate);
            }
            assertFalse(response.body().contains("costRate"), page + " has a rate field");
        }

        HttpResponse<String> forged = sam.submit(ACME, "/admin/people/edit.xhtml?id=" + samsId, "person", Map.of(
                "name", "Sam Carter", "email", "sam@acme.example", "active_input", "on", "costRate", "1.00",
                "billableRate", "2000.00", "save", ""));
        assertEquals(302, forged.statusCode(), forged.body());
        assertEquals(List.of("456.78|987.65"),
                db("select cost_rate || '|' || billable_rate from person where email = 'sam@acme.example'"));

        HttpResponse<String> added = sam.submit(ACME, "/admin/people/edit.xhtml", "person", Map.of(
                "name", "Olga Staff-Added", "email", "olga@acme.example", "active_input", "on", "save", ""));
        assertEquals(302, added.statusCode(), added.body());
        assertEquals(List.of("0.00|0.00"),
                db("select cost_rate || '|' || billable_rate from person where email = 'olga@acme.example'"));
    }

    @Test
    void aGoodFileIsImportedForReview() throws Exception {
        LocalDate day = SuiteClock.todayAtAcme().minusDays(1);
        String csv = "date,email,project,hours,note\n"
                + day + ",jurgen@acme.example,Hooli Search Audit,3.5,Imported crawl analysis\n"
                + day + ",sam@acme.example,Acme Internal Tooling,1:15,\"=cmd|' /C calc'!A0 Imported, hostile\"\n";

        String result = importFile(signedIn("sam@acme.example"), csv);

        assertTrue(result.contains("Imported 2 entries, 4.75 hours in all."), result);
        assertEquals(List.of("SUBMITTED|3.50", "SUBMITTED|1.25"), db("select status || '|' || hours from time_entry "
                + "where note like 'Imported crawl%' or note like '=cmd%' order by hours desc"));
        assertEquals(List.of("=cmd|' /C calc'!A0 Imported, hostile"),
                db("select note from time_entry where note like '=cmd%'"));
        assertTrue(db("select subject from audit_event where action = 'TIME_IMPORTED'").contains(
                "2 entries, 4.75 h, from hours.csv"));
    }

    @Test
    void aFileWithBadRowsImportsNothingAndReportsEachRow() throws Exception {
        LocalDate day = SuiteClock.todayAtAcme().minusDays(1);
        String csv = "date;email;project;hours;note\n"
                + day + ";jurgen@acme.example;Hooli Search Audit;2;Should not stay\n"
                + day + ";lena@umbrella.example;Raccoon Fleet Portal;2;Other agency\n"
                + "31/12/2025;jurgen@acme.example;<script>alert(1)</script>;2;Bad date\n";

        String result = importFile(signedIn("admin@acme.example"), csv);

        assertTrue(result.contains("Nothing was imported: 4 problems in 2 of 3 rows."), result);
        assertTrue(result.contains("Nobody at the agency has the email lena@umbrella.example."), result);
        assertTrue(result.contains("No project is named Raccoon Fleet Portal."), result);
        assertTrue(result.contains("Write the date as year-month-day"), result);
        assertTrue(result.contains("No project is named &lt;script&gt;alert(1)&lt;/script&gt;."), result);
        assertFalse(result.contains("<script>alert(1)"), "markup from the file reached the page");
        assertEquals(List.of(), db("select id from time_entry where note in ('Should not stay', 'Other agency', "
                + "'Bad date')"), "a bad row half-imported the file");
    }

    /** Uploads the file through the import page and follows the progress until the outcome shows. */
    /**
     * Statements per list view counted at PostgreSQL (transaction control and pool checks included): the time list at
     * most six, the others at most ten, for a short range as for a long one that fills every page.
     */
    @Test
    void eachListCostsAFewStatementsWhateverItHolds() {
        Browserless admin = signedIn("admin@acme.example");
        Map<String, Integer> limits = Map.of(
                "/admin/time/index.xhtml?preset=this-week", 6,
                "/admin/time/index.xhtml?from=2000-01-01&to=2099-12-31", 6,
                "/admin/time/review.xhtml", 10,
                "/admin/invoices/index.xhtml", 10,
                "/admin/invoices/index.xhtml?status=PAID", 10);
        limits.forEach((page, limit) -> {
            admin.get(ACME, page); // warm: the first view of a page may load what later views find cached
            List<String> statements = ContainerTestDatabase.relay()
                    .costOf(() -> assertEquals(200, admin.get(ACME, page).statusCode(), page));
            // The figures docs/performance.md quotes come from this line of the test's output.
            System.out.println(page + " costs " + statements.size() + " statements");
            assertTrue(statements.size() <= limit, page + " cost " + statements.size() + " statements: "
                    + String.join("\n", statements));
        });
    }

    private String importFile(Browserless user, String csv) throws InterruptedException {
        String path = "/admin/time/import.xhtml";
        String page = user.get(ACME, path).body();
        Matcher file = Pattern.compile("<input[^>]*type=\"file\"[^>]*>").matcher(page);
        assertTrue(file.find(), page);
        Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(file.group());
        assertTrue(name.find(), file.group());
        Map<String, String> fields = new HashMap<>(Map.of("import", "import", "import:start", "Check and import",
                "jakarta.faces.ViewState", viewState(page)));
        HttpResponse<String> response = user.postMultipart(ACME, path, fields, name.group(1), "hours.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        for (int poll = 0; poll < 60 && response.body().contains("id=\"import:refresh\""); poll++) {
            Thread.sleep(250);
            response = user.post(ACME, path, Map.of("import", "import", "import:refresh", "Show progress",
                    "jakarta.faces.ViewState", viewState(response.body())));
        }
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private Browserless signedIn(String email) {
        Browserless agent = new Browserless(base);
        assertEquals(302, agent.signIn(ACME, email, PASSWORD).statusCode(), email);
        return agent;
    }

    private static String path(HttpResponse<String> redirect) {
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    private static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        assertTrue(matcher.find(), page);
        return matcher.group(1);
    }

    private static List<String> db(String sql) throws SQLException {
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            return db.strings(sql);
        }
    }
}
