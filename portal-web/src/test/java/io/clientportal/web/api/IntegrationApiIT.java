package io.clientportal.web.api;

import static io.clientportal.web.api.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.testing.TestDatabase;
import io.clientportal.web.testing.Browserless;
import io.clientportal.web.testing.ContainerTestDatabase;
import io.clientportal.web.testing.DemoDatabase;
import io.clientportal.web.testing.PortalWar;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The integration API on the real WAR: the back office's path driven by another system (time pushed and approved, an
 * invoice drafted and issued) ends in the contact's portal with the same hours and totals; upserts are idempotent;
 * bad input is named; lists page; and nothing answers without a valid key of the host's agency.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntegrationApiIT {

    private static final String ACME = "acme.localhost";
    private static final String UMBRELLA = "umbrella.localhost";
    private static final String PROBLEM = "application/problem+json";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalWar.asBuilt();
    }

    private ApiClient acme() {
        return new ApiClient(base, ACME, ApiClient.DEMO_KEY);
    }

    @Test
    void timePushedAndApprovedIsInvoicedAndTheContactSeesTheSameHoursAndTotals() throws SQLException {
        ApiClient api = acme();
        pushProjectAndPerson(api);
        json(api.put("/time-entries/it-t1", entry("2021-02-01", "2.5", "APPROVED")), 201);
        json(api.put("/time-entries/it-t2", entry("2021-02-02", "4", "APPROVED")), 201);
        JsonObject submitted = json(api.put("/time-entries/it-t3", entry("2021-02-03", "1.5", null)), 201);
        assertEquals("SUBMITTED", submitted.getString("status"));
        json(api.put("/time-entries/it-t4", entry("2021-02-04", "3", "REJECTED")), 201);
        JsonObject approved = json(api.put("/time-entries/it-t3", entry("2021-02-03", "1.5", "APPROVED")), 200);
        assertEquals("APPROVED", approved.getString("status"));

        JsonObject draft = json(api.put("/invoices/it-inv-2021-02", "{\"client\": \"globex\", \"periodStart\": "
                + "\"2021-02-01\", \"periodEnd\": \"2021-02-28\", \"taxRate\": 20}"), 201);
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(new BigDecimal("800.00"), draft.getJsonNumber("subtotal").bigDecimalValue());
        assertEquals(new BigDecimal("960.00"), draft.getJsonNumber("total").bigDecimalValue());
        JsonObject issued = json(api.post("/invoices/it-inv-2021-02/issue",
                "{\"issueDate\": \"2021-03-01\", \"dueDate\": \"2021-03-31\"}"), 200);
        assertEquals("OPEN", issued.getString("status"));
        String number = issued.getString("number");
        long invoiceId = issued.getJsonNumber("id").longValue();
        assertEquals(issued, json(api.post("/invoices/it-inv-2021-02/issue",
                "{\"issueDate\": \"2021-03-01\", \"dueDate\": \"2021-03-31\"}"), 200), "issuing again: same");

        Browserless ava = new Browserless(base);
        assertEquals(302, ava.signIn(ACME, "ava@globex.example", "demo-password-123").statusCode());
        String invoicePage = ava.get(ACME, "/portal/invoice.xhtml?id=" + invoiceId).body();
        assertTrue(invoicePage.contains(number), invoicePage);
        assertEquals("$960.00", element(invoicePage, "total"));
        assertEquals("$800.00", element(invoicePage, "subtotal"));
        assertTrue(invoicePage.contains("Globex API Audit"));
        String hours = ava.get(ACME, "/portal/hours.xhtml?from=2021-02-01&to=2021-02-28").body();
        assertTrue(hours.contains("Globex API Audit") && hours.contains("8.00"), hours);
        assertFalse(hours.contains("11.00"), "rejected time is not shown: " + hours);

        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            List<String> activeContacts = db.strings("select email from user_account where active and "
                    + "password_hash is not null and portal_client_id = (select id from client where external_id = "
                    + "'globex') order by email");
            assertTrue(activeContacts.containsAll(List.of("ava@globex.example", "ben@globex.example")));
            assertEquals(activeContacts, db.strings("select recipient from "
                    + "outbox_message where body ~ '/portal/invoice\\.xhtml\\?id=" + invoiceId + "([^0-9]|$)' "
                    + "order by recipient"), "a notice to each active contact of Globex");
            assertEquals(3, db.count("select count(*) from time_entry where invoice_id = " + invoiceId));
        }

        HttpResponse<String> billed = api.put("/time-entries/it-t1", entry("2021-02-01", "3", "APPROVED"));
        assertEquals(409, billed.statusCode(), billed.body());
        assertTrue(billed.body().contains("on an invoice"), billed.body());
        assertEquals(PROBLEM, billed.headers().firstValue("Content-Type").orElse(""));
        JsonObject paid = json(api.post("/invoices/it-inv-2021-02/payment",
                "{\"amount\": \"960.00\", \"paidOn\": \"2021-03-15\"}"), 200);
        assertEquals("PAID", paid.getString("status"));
        assertEquals(409, api.post("/invoices/it-inv-2021-02/void", "").statusCode(), "a paid invoice is not voided");
    }

    @Test
    void anUpsertSentTwiceChangesNothingTheSecondTime() throws SQLException {
        ApiClient api = acme();
        String client = "{\"name\": \"Wayne Enterprises\", \"billingEmail\": \"ap@wayne.example\"}";
        HttpResponse<String> first = api.put("/clients/it-wayne", client);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("created", first.headers().firstValue(Answers.OUTCOME_HEADER).orElse(""));
        assertTrue(first.headers().allValues("Set-Cookie").isEmpty(), "the API keeps no session");
        long audited = auditedChanges();
        HttpResponse<String> second = api.put("/clients/it-wayne", client);
        assertEquals(200, second.statusCode());
        assertEquals("unchanged", second.headers().firstValue(Answers.OUTCOME_HEADER).orElse(""));
        assertEquals(json(first, 201), json(second, 200));
        assertEquals(audited, auditedChanges(), "the second upsert wrote nothing");

        pushProjectAndPerson(api);
        String time = entry("2020-01-06", "2.25", "APPROVED");
        assertEquals("created", api.put("/time-entries/it-once", time).headers()
                .firstValue(Answers.OUTCOME_HEADER).orElse(""));
        long auditedTime = auditedChanges();
        assertEquals("unchanged", api.put("/time-entries/it-once", time).headers()
                .firstValue(Answers.OUTCOME_HEADER).orElse(""));
        assertEquals(auditedTime, auditedChanges(), "an approved entry sent again is not approved again");

        HttpResponse<String> renamed = api.put("/clients/it-wayne", client.replace("Wayne", "Wayne Corp"));
        assertEquals("updated", renamed.headers().firstValue(Answers.OUTCOME_HEADER).orElse(""));
        assertEquals("Wayne Corp Enterprises", json(renamed, 200).getString("name"));
        assertEquals(1, countClients("it-wayne"));
    }

    @Test
    void theSameNewRecordSentAtOnceIsCreatedOnceAndNoCallFailsBadly() throws SQLException {
        List<HttpResponse<String>> answers = acme().putAtOnce("/clients/it-race", "{\"name\": \"Race Ltd\"}", 6);
        int created = 0;
        for (HttpResponse<String> answer : answers) {
            assertTrue(Set.of(200, 201, 409).contains(answer.statusCode()), answer.statusCode() + " " + answer.body());
            created += answer.statusCode() == 201 ? 1 : 0;
        }
        assertEquals(1, created, "created once");
        assertEquals(1, countClients("it-race"));
    }

    @Test
    void invalidInputIsAProblemThatNamesEachField() {
        ApiClient api = acme();
        pushProjectAndPerson(api);
        HttpResponse<String> wrongTypes = api.put("/time-entries/it-bad", "{\"person\": 7, \"project\": \"x\", "
                + "\"workDate\": \"yesterday\", \"hours\": \"six\", \"colour\": \"red\", \"status\": \"DONE\"}");
        JsonObject problem = json(wrongTypes, 422);
        assertEquals(PROBLEM, wrongTypes.headers().firstValue("Content-Type").orElse(""));
        assertEquals(422, problem.getInt("status"));
        assertEquals(Set.of("person", "workDate", "hours", "colour", "status"), fields(problem));

        JsonObject unknown = json(api.put("/time-entries/it-bad", entry("2021-02-01", "1", null)
                .replace("it-pat", "nobody")), 422);
        assertEquals(Set.of("person"), fields(unknown));
        JsonObject rule = json(api.put("/time-entries/it-bad", entry("2021-02-01", "25", null)), 422);
        assertEquals(Set.of("hours"), fields(rule));
        JsonObject email = json(api.put("/clients/it-bad", "{\"name\": \"Bad\", \"billingEmail\": \"no\"}"), 422);
        assertEquals(Set.of("billingEmail"), fields(email));
        assertEquals(Set.of("name"), fields(json(api.put("/clients/it-bad", "{}"), 422)));
        assertEquals(Set.of("externalId"), fields(json(api.put("/clients/bad%20id", "{\"name\": \"B\"}"), 422)));

        HttpResponse<String> malformed = api.put("/clients/it-bad", "{\"name\": ");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals(PROBLEM, malformed.headers().firstValue("Content-Type").orElse(""));
        assertFalse(malformed.body().contains("Exception") || malformed.body().contains("at io."), malformed.body());

        HttpResponse<String> missing = api.get("/clients/no-such-client");
        assertEquals(404, missing.statusCode());
        assertEquals(PROBLEM, missing.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> noRoute = api.get("/no-such-route");
        assertEquals(404, noRoute.statusCode());
        assertEquals(PROBLEM, noRoute.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> noMethod = api.post("/clients", "{}");
        assertEquals(405, noMethod.statusCode());
        assertEquals(PROBLEM, noMethod.headers().firstValue("Content-Type").orElse(""));
    }

    /**
     * A rate of 1e10000000 held a CPU core for hours (the JDBC driver converted ten million digits) and 1e131080 was
     * answered 201 and stored as 0.00; hours of 1e10000000 cost seconds. Now the size is read before anything expands
     * it: each is a problem naming the field, and nothing changes. (The client's 30 s timeout fails the old code.)
     */
    @Test
    void aRateOrHoursInExponentFormIsRefusedNamingTheFieldAndNothingIsStored() throws SQLException {
        ApiClient api = acme();
        pushProjectAndPerson(api);
        for (String rate : List.of("\"1e10000000\"", "1e10000000", "1e131080", "\"10.555\"")) {
            JsonObject problem = json(api.put("/people/it-pat", "{\"name\": \"Pat Integration\", "
                    + "\"email\": \"pat.it@acme.example\", \"costRate\": " + rate + ", \"billableRate\": 90}"), 422);
            assertEquals(Set.of("costRate"), fields(problem), rate);
            assertTrue(problem.toString().contains("at most 10 digits before the point and 2 after it"),
                    problem.toString());
        }
        JsonObject created = json(api.put("/people/it-exp", "{\"name\": \"Exp\", \"email\": \"exp.it@acme.example\", "
                + "\"costRate\": 40, \"billableRate\": \"1e131080\"}"), 422);
        assertEquals(Set.of("billableRate"), fields(created));
        JsonObject hours = json(api.put("/time-entries/it-exp", entry("2026-03-02", "\"1e10000000\"", null)), 422);
        assertEquals(Set.of("hours"), fields(hours));
        assertEquals(Set.of("hours"), fields(json(api.put("/time-entries/it-exp", entry("2026-03-02", "1e-10000000",
                null)), 422)));
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            assertEquals(1, db.count("select count(*) from person where external_id = 'it-pat' "
                    + "and cost_rate = 40 and billable_rate = 90"), "it-pat's rates as they were");
            assertEquals(0, db.count("select count(*) from person where external_id = 'it-exp'"));
            assertEquals(0, db.count("select count(*) from time_entry where external_id = 'it-exp'"));
        }
    }

    @Test
    void workDatesOfYear0Or99999AndAnInvoicePeriodOfYears1000To9999AreRefusedAndNothingIsStored()
            throws SQLException {
        ApiClient api = acme();
        pushProjectAndPerson(api);
        for (String day : List.of("0000-01-01", "+99999-12-31", "1999-12-31", "2101-01-01")) {
            JsonObject problem = json(api.put("/time-entries/it-old", entry(day, "1", null)), 422);
            assertEquals(Set.of("workDate"), fields(problem), day);
            assertTrue(problem.toString().contains("The work date is a day from 2000-01-01 to 2100-12-31."),
                    problem.toString());
        }
        JsonObject period = json(api.put("/invoices/it-old", "{\"client\": \"globex\", "
                + "\"periodStart\": \"1000-01-01\", \"periodEnd\": \"9999-12-31\", \"taxRate\": 10}"), 422);
        assertEquals(Set.of("periodStart", "periodEnd"), fields(period));
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            assertEquals(0, db.count("select count(*) from time_entry where external_id = 'it-old'"));
            assertEquals(0, db.count("select count(*) from invoice where external_id = 'it-old'"));
        }
    }

    /** Parsson refuses nesting deeper than 1000 levels with a bare RuntimeException, which was answered 500. */
    @Test
    void deeplyNestedJsonIsAMalformedBodyProblemNotAFailure() throws SQLException {
        HttpResponse<String> nested = acme().put("/clients/it-deep", "{\"name\": " + "[".repeat(100_000)
                + "]".repeat(100_000) + "}");
        assertEquals(400, nested.statusCode(), nested.body());
        assertEquals(PROBLEM, nested.headers().firstValue("Content-Type").orElse(""));
        assertFalse(nested.body().contains("Exception") || nested.body().contains("at io."), nested.body());
        assertEquals(0, countClients("it-deep"));
    }

    @Test
    void listsComeInStablePagesWithTheirTotal() throws SQLException {
        ApiClient api = acme();
        JsonObject first = json(api.get("/time-entries?page=1&size=7"), 200);
        JsonObject second = json(api.get("/time-entries?page=2&size=7"), 200);
        long total = first.getJsonNumber("total").longValue();
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            assertEquals(db.count("select count(*) from time_entry where tenant_id = (select id from tenant "
                    + "where subdomain = 'acme')"), total);
        }
        assertEquals(7, first.getJsonArray("items").size());
        Set<Long> ids = new HashSet<>();
        for (JsonArray items : List.of(first.getJsonArray("items"), second.getJsonArray("items"))) {
            items.forEach(item -> assertTrue(ids.add(item.asJsonObject().getJsonNumber("id").longValue())));
        }
        assertEquals(14, ids.size(), "pages neither overlap nor skip");
        assertEquals(first, json(api.get("/time-entries?page=1&size=7"), 200), "the same page twice");
        JsonObject clients = json(api.get("/clients"), 200);
        assertEquals(50, clients.getInt("size"));
        assertFalse(clients.toString().contains("Raccoon"), "another agency's client");
        assertEquals(Set.of("size"), fields(json(api.get("/clients?size=500"), 422)));
        assertEquals(Set.of("page"), fields(json(api.get("/clients?page=abc"), 422)));
    }

    /** (page - 1) x size overflowed an int and answered 500. */
    @Test
    void aPageBeyondTheBoundsIsAProblemNamingThePageNotAnOverflow() {
        ApiClient api = acme();
        for (String paging : List.of("page=10737420&size=200", "page=2147483648", "page=100001")) {
            JsonObject problem = json(api.get("/clients?" + paging), 422);
            assertEquals(Set.of("page"), fields(problem), paging);
            assertTrue(problem.toString().contains("Pages count from 1 to 100000."), problem.toString());
        }
        assertEquals(0, json(api.get("/clients?page=100000&size=200"), 200).getJsonArray("items").size());
    }

    @Test
    void withoutAValidKeyOfTheHostsAgencyNothingAnswers() throws SQLException {
        for (ApiClient caller : List.of(new ApiClient(base, ACME, null),
                new ApiClient(base, ACME, "cp_demoacme_notTheSecret"),
                new ApiClient(base, ACME, ApiClient.DEMO_KEY.replace("Real", "Rea1")),
                new ApiClient(base, UMBRELLA, ApiClient.DEMO_KEY))) {
            for (String path : List.of("/clients", "/clients/globex", "/invoices", "/no-such-route",
                    "/clients;a=b", ";a=b/clients", "//clients", "/openapi.json/../clients")) {
                assertUnauthorized(caller.get(path));
            }
            assertUnauthorized(caller.put("/clients/it-intruder", "{\"name\": \"Intruder\"}"));
        }
        assertEquals(0, countClients("it-intruder"));

        Browserless admin = new Browserless(base);
        assertEquals(302, admin.signIn(ACME, "admin@acme.example", "demo-password-123").statusCode());
        assertUnauthorized(admin.get(ACME, "/api/v1/clients"));
    }

    @Test
    void anAdminCreatesAKeyThatIsShownOnceWorksForItsAgencyAndStopsWhenRevoked() {
        Browserless staff = new Browserless(base);
        assertEquals(302, staff.signIn(ACME, "sam@acme.example", "demo-password-123").statusCode());
        assertEquals(403, staff.get(ACME, "/admin/api-keys.xhtml").statusCode());

        Browserless admin = new Browserless(base);
        assertEquals(302, admin.signIn(ACME, "admin@acme.example", "demo-password-123").statusCode());
        HttpResponse<String> created = admin.submit(ACME, "/admin/api-keys.xhtml", "create",
                Map.of("label", "IT accounting sync", "submit", "Create key"));
        Matcher shown = Pattern.compile("id=\"created-key\"[^>]*>(cp_[a-z0-9]{8}_[A-Za-z0-9_-]{43})<")
                .matcher(created.body());
        assertTrue(shown.find(), created.body());
        String key = shown.group(1);
        String page = admin.get(ACME, "/admin/api-keys.xhtml").body();
        assertTrue(page.contains("IT accounting sync") && page.contains(key.substring(0, 12)), page);
        assertFalse(page.contains(key), "the whole key is shown once only");

        ApiClient system = new ApiClient(base, ACME, key);
        json(system.put("/clients/it-by-new-key", "{\"name\": \"Oscorp\"}"), 201);
        assertUnauthorized(new ApiClient(base, UMBRELLA, key).get("/clients"));

        int row = rowOf(page, "IT accounting sync");
        HttpResponse<String> revoked = admin.submit(ACME, "/admin/api-keys.xhtml", "keys",
                Map.of("list:" + row + ":revoke", "Revoke"));
        assertEquals(200, revoked.statusCode());
        assertTrue(revoked.body().contains("Key revoked"), revoked.body());
        assertUnauthorized(system.get("/clients"));
        assertUnauthorized(system.put("/clients/it-by-new-key", "{\"name\": \"Oscorp 2\"}"));
    }

    @Test
    void theReadmesCurlExamplesWorkAsWritten() throws Exception {
        ReadmeExamples readme = ReadmeExamples.read(Path.of(System.getProperty("user.dir"), "..", "README.md"));
        assertTrue(readme.examples.size() >= 12, readme.toString());
        for (ReadmeExamples.Example example : readme.examples) {
            assertFalse(example.statuses().isEmpty(), "the README says what this answers: " + example.command());
            Process curl = new ProcessBuilder("bash", "-c", readme.script(example, ACME + ":8080", base.getPort()))
                    .redirectErrorStream(true).start();
            String status = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals(0, curl.waitFor(), example.command() + ": " + status);
            assertTrue(example.statuses().contains(Integer.valueOf(status)), example.command() + " answered "
                    + status + ", the README says " + example.statuses());
        }
        JsonObject invoice = json(acme().get("/invoices/inv-2026-03"), 200);
        assertEquals("PAID", invoice.getString("status"));
        assertEquals(new BigDecimal("1320.00"), invoice.getJsonNumber("total").bigDecimalValue());
    }

    @Test
    void theOpenApiDocumentIsServedWithoutAKey() {
        JsonObject document = json(new ApiClient(base, ACME, null).get("/openapi.json"), 200);
        assertTrue(document.getJsonObject("paths").containsKey("/v1/time-entries/{externalId}"));
    }

    /** Globex's project at 100.00 an hour and the person working on it, created by whichever test runs first. */
    private static void pushProjectAndPerson(ApiClient api) {
        HttpResponse<String> project = api.put("/projects/it-globex-audit", "{\"client\": \"globex\", "
                + "\"name\": \"Globex API Audit\", \"hourlyRate\": \"100.00\"}");
        HttpResponse<String> person = api.put("/people/it-pat", "{\"name\": \"Pat Integration\", "
                + "\"email\": \"pat.it@acme.example\", \"costRate\": 40, \"billableRate\": 90}");
        for (HttpResponse<String> response : List.of(project, person)) {
            assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.body());
        }
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.uri() + ": " + response.body());
        assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no session for the API");
        for (String data : List.of("Globex", "Initech", "Raccoon", "externalId", "items")) {
            assertFalse(response.body().contains(data), response.body());
        }
    }

    private static String entry(String workDate, String hours, String status) {
        return "{\"person\": \"it-pat\", \"project\": \"it-globex-audit\", \"workDate\": \"" + workDate
                + "\", \"hours\": " + hours + (status == null ? "" : ", \"status\": \"" + status + "\"") + "}";
    }

    private static Set<String> fields(JsonObject problem) {
        Set<String> fields = new HashSet<>();
        problem.getJsonArray("errors").forEach(error -> fields.add(error.asJsonObject().getString("field")));
        return fields;
    }

    private static String element(String page, String id) {
        Matcher element = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
        assertTrue(element.find(), id + " on " + page);
        return element.group(1).strip();
    }

    /** The row of the keys table that holds the label (rows are numbered from 0 in the form's ids). */
    private static int rowOf(String page, String label) {
        Matcher rows = Pattern.compile("data-ri=\"(\\d+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(page);
        while (rows.find()) {
            if (rows.group(2).contains(label)) {
                return Integer.parseInt(rows.group(1));
            }
        }
        throw new AssertionError("No row of " + label + " on " + page);
    }

    private static long auditedChanges() throws SQLException {
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            return db.count("select count(*) from audit_event");
        }
    }

    private static long countClients(String externalId) throws SQLException {
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            return db.count("select count(*) from client where external_id = '" + externalId + "'");
        }
    }
}
