package io.clientportal.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.testing.TestDatabase;
import io.clientportal.web.testing.Browserless;
import io.clientportal.web.testing.ContainerTestDatabase;
import io.clientportal.web.testing.DemoDatabase;
import io.clientportal.web.testing.HeadlessChromium;
import io.clientportal.web.testing.Mailbox;
import io.clientportal.web.testing.PortalWar;
import io.clientportal.web.testing.SuiteClock;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The back office's way from time to money, end to end on the real WAR: the demo's submitted week is approved in
 * review, drafted into an invoice and issued; the client's active contacts get an email with a portal link (a real
 * SMTP server), and the contact sees the very hours and totals the agency issued, while another client's contact
 * gets no mail and cannot open it. Each test works on a client of its own, so their order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvoicingIT {

    private static final String ACME = "acme.localhost";
    private static final String PASSWORD = "demo-password-123";
    private static final Pattern PORTAL_LINK = Pattern.compile(
            "(https?://[^/\\s]+)(/portal/invoice\\.xhtml\\?id=(\\d+))");

    private static Mailbox mailbox;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalWar.asBuilt();
    }

    @BeforeAll
    static void startMailServer() {
        mailbox = new Mailbox();
    }

    @AfterAll
    static void stopMailServer() {
        mailbox.close();
    }

    @Test
    void approvedHoursBecomeAnIssuedInvoiceThatTheContactSeesAlike() throws Exception {
        Browserless admin = signedIn("admin@acme.example");
        Week week = submittedWeek("Globex");
        String review = "/admin/time/review.xhtml?client=" + week.clientId + "&from=" + week.first + "&to="
                + week.last;

        HttpResponse<String> before = admin.get(ACME, review);
        assertEquals(200, before.statusCode(), before.body());
        assertTrue(before.body().contains(week.entries + " entries awaiting review, " + week.hours + " hours"),
                "review shows another selection than the database: " + text(before.body(), "summary"));
        HttpResponse<String> approved = admin.submit(ACME, review, "review", Map.of("approveAll", ""));
        assertTrue(approved.body().contains(week.entries + " entries approved."), approved.body());
        assertTrue(approved.body().contains("No entries awaiting review"), text(approved.body(), "summary"));

        HttpResponse<String> drafted = admin.submit(ACME, "/admin/invoices/index.xhtml", "draft", Map.of(
                "client", week.clientId, "from_input", week.first.toString(), "to_input", week.last.toString(),
                "taxRate", "8.25", "submit", ""));
        assertEquals(302, drafted.statusCode(), drafted.body());
        String invoicePath = URI.create(drafted.headers().firstValue("Location").orElseThrow()).getRawPath() + "?"
                + URI.create(drafted.headers().firstValue("Location").orElseThrow()).getRawQuery();
        String invoiceId = invoicePath.replaceAll(".*id=(\\d+).*", "$1");
        HttpResponse<String> draft = admin.get(ACME, invoicePath);
        assertTrue(draft.body().contains("Draft created from the approved hours"), draft.body());
        assertEquals(week.hours, dd(draft.body(), "hours"), "the draft bills other hours than were approved");
        assertFalse(draft.body().contains("987.65"), "a person's rate is printed on the invoice");
        List<String> projects = strings("select distinct p.name from time_entry t join project p on p.id = t.project_id"
                + " where t.invoice_id = " + invoiceId + " order by 1");
        assertEquals(projects, strings("select p.name from invoice_line l join project p on p.id = l.project_id"
                + " where l.invoice_id = " + invoiceId + " order by 1"), "one line per project");

        String issueDate = week.today.toString();
        HttpResponse<String> issued = admin.submit(ACME, invoicePath, "issue", Map.of(
                "issueDate_input", issueDate, "dueDate_input", week.today.plusDays(30).toString(), "submit", ""));
        Matcher number = Pattern.compile("Invoice (ACME-\\d{4}-\\d{4}) issued").matcher(issued.body());
        assertTrue(number.find(), issued.body());
        String total = dd(issued.body(), "total");
        String subtotal = dd(issued.body(), "subtotal");
        String tax = dd(issued.body(), "tax");
        assertFalse(issued.body().contains("id=\"issue\""), "an issued invoice still offers to issue it");
        assertEquals(1, count("select count(*) from audit_event where action = 'INVOICE_ISSUED' and subject like '"
                + number.group(1) + "%'"), "the issue is not audited");

        MimeMessage notice = mailbox.await("ava@globex.example", "Invoice " + number.group(1));
        // Text and HTML alternatives of the same words, and nothing else: no PDF leaves the sign-in.
        assertFalse(Mailbox.hasAttachment(notice), "the notice carries an attachment");
        Matcher link = Mailbox.find(notice, PORTAL_LINK);
        assertEquals(invoiceId, link.group(3));
        assertEquals("http://acme.localhost:8080", link.group(1), "the link does not use the agency's public URL");
        mailbox.await("ben@globex.example", "Invoice " + number.group(1));

        Browserless ava = new Browserless(base);
        HttpResponse<String> signIn = ava.signIn(ACME, "ava@globex.example", PASSWORD);
        assertEquals(302, signIn.statusCode());
        HttpResponse<String> seen = ava.get(ACME, link.group(2));
        assertEquals(200, seen.statusCode(), seen.body());
        assertTrue(seen.body().contains(number.group(1)), seen.body());
        assertEquals(total, dd(seen.body(), "total"));
        assertEquals(subtotal, dd(seen.body(), "subtotal"));
        assertEquals(tax, dd(seen.body(), "tax"));
        for (String lineHours : strings("select to_char(hours, 'FM999990.00') from invoice_line where invoice_id = "
                + invoiceId)) {
            assertTrue(seen.body().contains(">" + lineHours + "<"), "the portal misses a line of " + lineHours);
        }
        HttpResponse<String> hours = ava.get(ACME, "/portal/hours.xhtml?from=" + week.first + "&to=" + week.last);
        assertTrue(hours.body().contains(">" + week.hours + "<"), "the portal's hours differ: " + hours.body());

        assertTrue(mailbox.to("cara@initech.example").stream().noneMatch(m -> subject(m).contains(number.group(1))),
                "another client's contact got the notice");
        assertTrue(mailbox.to("gina@globex.example").isEmpty() && mailbox.to("hank@globex.example").isEmpty(),
                "an invited or deactivated contact got the notice");
        Browserless cara = new Browserless(base);
        cara.signIn(ACME, "cara@initech.example", PASSWORD);
        HttpResponse<String> foreign = cara.get(ACME, link.group(2));
        assertEquals(404, foreign.statusCode());
        assertFalse(foreign.body().contains(number.group(1)));
    }

    @Test
    void anIssuedInvoiceIsPaidAndForeignOrMalformedIdsAreNoSuchInvoice() throws SQLException {
        Browserless sam = signedIn("sam@acme.example");
        String openId = strings("select i.id from invoice i join client c on c.id = i.client_id"
                + " where c.name = 'Initech' and i.status = 'OPEN' order by i.id limit 1").get(0);
        String path = "/admin/invoices/invoice.xhtml?id=" + openId;
        HttpResponse<String> paidShort = sam.submit(ACME, path, "pay", Map.of("amount", "1.00",
                "paidOn_input", SuiteClock.todayAtAcme().toString(), "submit", ""));
        assertTrue(paidShort.body().contains("does not settle a total"), paidShort.body());
        assertFalse(paidShort.body().contains("Exception"));

        HttpResponse<String> page = sam.get(ACME, path);
        String total = dd(page.body(), "total").replaceAll("[^0-9.]", "");
        HttpResponse<String> paid = sam.submit(ACME, path, "pay", Map.of("amount", total,
                "paidOn_input", SuiteClock.todayAtAcme().toString(), "submit", ""));
        assertTrue(paid.body().contains("Invoice marked paid."), paid.body());
        assertEquals("PAID", strings("select status from invoice where id = " + openId).get(0));

        String umbrellas = strings("select i.id from invoice i join tenant t on t.id = i.tenant_id"
                + " where t.subdomain = 'umbrella' limit 1").get(0);
        for (String id : new String[] {umbrellas, "abc", "-1", "99999999", ""}) {
            HttpResponse<String> none = sam.get(ACME, "/admin/invoices/invoice.xhtml?id=" + id);
            assertEquals(404, none.statusCode(), id);
            assertTrue(none.body().contains("No such invoice"), none.body());
        }
        HttpResponse<String> list = sam.get(ACME, "/admin/invoices/index.xhtml?status=DRAFT");
        assertTrue(list.body().contains("Globex") && !list.body().contains("Raccoon"), list.body());
    }

    @Test
    void aVoidedInvoicesHoursAreDraftedAgainEditedAndDiscarded() throws SQLException {
        Browserless sam = signedIn("sam@acme.example");
        String[] open = strings("select i.id || ';' || i.period_start || ';' || i.period_end || ';' || c.id"
                + " from invoice i join client c on c.id = i.client_id where c.name = 'Hooli' and i.status = 'OPEN'"
                + " order by i.id limit 1").get(0).split(";");
        long billed = count("select count(*) from time_entry where invoice_id = " + open[0]);
        HttpResponse<String> voided = sam.submit(ACME, "/admin/invoices/invoice.xhtml?id=" + open[0], "void",
                Map.of("submit", ""));
        assertTrue(voided.body().contains("Invoice voided; its hours can be invoiced again."), voided.body());
        assertEquals("VOID", strings("select status from invoice where id = " + open[0]).get(0));

        HttpResponse<String> drafted = sam.submit(ACME, "/admin/invoices/index.xhtml", "draft", Map.of(
                "client", open[3], "from_input", open[1], "to_input", open[2], "taxRate", "10", "submit", ""));
        assertEquals(302, drafted.statusCode(), drafted.body());
        URI location = URI.create(drafted.headers().firstValue("Location").orElseThrow());
        String draft = location.getRawPath() + "?" + location.getRawQuery();
        String draftId = draft.replaceAll(".*id=(\\d+).*", "$1");
        assertEquals(billed, count("select count(*) from time_entry where invoice_id = " + draftId),
                "the voided invoice's hours are not all on the new draft");

        HttpResponse<String> added = sam.submit(ACME, draft, "addLine", Map.of("description", "Travel to Palo Alto",
                "amount", "120.00", "submit", ""));
        assertTrue(added.body().contains("Line added.") && added.body().contains("Travel to Palo Alto"),
                added.body());
        HttpResponse<String> reworded = sam.submit(ACME, draft, "lines", Map.of(
                "list:0:description", "Search audit, the whole month", "list:0:describe", ""));
        assertTrue(reworded.body().contains("Line reworded."), reworded.body());
        assertEquals(List.of("Search audit, the whole month"), strings("select description from invoice_line"
                + " where invoice_id = " + draftId + " and line_no = 1"));
        HttpResponse<String> untaxed = sam.submit(ACME, draft, "tax", Map.of("taxRate", "0", "submit", ""));
        assertTrue(untaxed.body().contains("Tax rate changed."), untaxed.body());
        assertEquals("$0.00", dd(untaxed.body(), "tax"));
        HttpResponse<String> badTax = sam.submit(ACME, draft, "tax", Map.of("taxRate", "150", "submit", ""));
        assertTrue(badTax.body().contains("A tax rate is at least 0 and below 100 percent"), badTax.body());
        HttpResponse<String> removed = sam.submit(ACME, draft, "lines", Map.of("list:1:removeLine", ""));
        assertTrue(removed.body().contains("Line removed.") && !removed.body().contains("Travel to Palo Alto"),
                removed.body());
        assertFalse(removed.body().contains("lines:list:0:removeLine"), "a line of hours can be removed alone");

        HttpResponse<String> discarded = sam.submit(ACME, draft, "discard", Map.of("submit", ""));
        assertEquals(302, discarded.statusCode(), discarded.body());
        HttpResponse<String> list = sam.get(ACME, URI.create(discarded.headers().firstValue("Location")
                .orElseThrow()).getRawPath());
        assertTrue(list.body().contains("Draft discarded; its hours can be invoiced again."), list.body());
        assertEquals(0, count("select count(*) from invoice where id = " + draftId));
        assertEquals(0, count("select count(*) from time_entry where invoice_id = " + draftId));
        for (String action : new String[] {"INVOICE_VOIDED", "INVOICE_DRAFTED", "INVOICE_EDITED",
            "INVOICE_DISCARDED"}) {
            assertTrue(count("select count(*) from audit_event where action = '" + action + "' and actor = "
                    + "'sam@acme.example' and subject like '%(Hooli)'") > 0, action + " is not audited");
        }
    }

    @Test
    void aPersonApprovesDraftsAndIssuesInARealBrowser() throws Exception {
        Week week = submittedWeek("Initech");
        try (HeadlessChromium browser = new HeadlessChromium(InvoicingIT.class)) {
            browser.open(acme("/login.xhtml"));
            browser.fieldLabelled("Email").sendKeys("admin@acme.example");
            browser.fieldLabelled("Password").sendKeys(PASSWORD);
            browser.button("Sign in").click();
            browser.urlOnceItContains("/admin/");
            browser.open(acme("/admin/time/index.xhtml?preset=this-week&client=" + week.clientId));
            browser.textOnceItShows("Enter time");
            browser.screenshot("0-time-entries");

            browser.open(acme("/admin/time/review.xhtml?client=" + week.clientId + "&from=" + week.first + "&to="
                    + week.last));
            browser.textOnceItShows(week.entries + " entries awaiting review");
            browser.screenshot("1-review-before");
            browser.button("Approve all").click();
            browser.textOnceItShows("Approve every submitted entry");
            browser.screenshot("2-review-confirm");
            browser.button("Yes").click();
            String approved = browser.textOnceItShows(week.entries + " entries approved.");
            assertTrue(approved.contains("No entries awaiting review"), approved);
            browser.screenshot("3-review-approved");

            browser.open(acme("/admin/invoices/index.xhtml?client=" + week.clientId));
            browser.textOnceItShows("Draft an invoice from approved hours");
            typeInto(browser, "From", week.first.toString());
            typeInto(browser, "To", week.last.toString());
            browser.screenshot("4-new-draft");
            browser.button("Create draft").click();
            String draft = browser.textOnceItShows("Draft created from the approved hours");
            assertTrue(draft.contains("Initech TPS Integration"), draft);
            assertEquals(week.hours, browser.driver().findElement(By.id("hours")).getText());
            browser.screenshot("5-draft");

            browser.button("Issue invoice").click();
            browser.textOnceItShows("cannot be changed afterwards");
            browser.button("Yes").click();
            String issued = browser.textOnceItShows(" issued. The client's active contacts are being notified.");
            assertTrue(issued.contains("Open"), issued);
            browser.screenshot("6-issued");
        }
        assertFalse(mailbox.await("cara@initech.example", "Invoice ACME-").getSubject().isEmpty());
    }

    @Test
    void staffEnterChangeAndSubmitTimeWhichIsThenApprovedRowByRow() throws SQLException {
        Browserless sam = signedIn("sam@acme.example");
        SamsDay day = SamsDay.load();
        String person = day.person();
        String project = day.project();
        String today = day.today();
        String mine = day.page();

        HttpResponse<String> refused = sam.submit(ACME, mine, "entry", Map.of("person", person, "project", project,
                "date_input", today, "hours", "30", "note", "Too long a day", "save", ""));
        assertTrue(refused.body().contains("An entry records more than 0 and at most 24 hours."), refused.body());
        HttpResponse<String> notANumber = sam.submit(ACME, mine, "entry", Map.of("person", person,
                "project", project, "date_input", today, "hours", "two", "note", "x", "save", ""));
        assertTrue(notANumber.body().contains("Hours are a number such as 1.5."), notANumber.body());

        HttpResponse<String> entered = sam.submit(ACME, mine, "entry", Map.of("person", person, "project", project,
                "date_input", today, "hours", "1.25", "note", "Crawl budget review", "save", ""));
        assertTrue(entered.body().contains("Time entered as a draft."), entered.body());
        String id = strings("select id from time_entry where note = 'Crawl budget review'").get(0);
        assertEquals("DRAFT", strings("select status from time_entry where id = " + id).get(0));

        // Edit loads the entry into the form of the same view; saving it there changes the entry.
        HttpResponse<String> editing = clickRow(sam, mine, "entries", "Crawl budget review", "edit");
        assertTrue(editing.body().contains("Change the entry"), editing.body());
        HttpResponse<String> changed = sam.post(ACME, mine, Map.of("entry", "entry", "entry:person", person,
                "entry:project", project, "entry:date_input", today, "entry:hours", "2.75",
                "entry:note", "Crawl budget review, part two", "entry:save", "",
                "jakarta.faces.ViewState", viewState(editing.body())));
        assertTrue(changed.body().contains("Entry changed."), changed.body());
        assertEquals(List.of("2.75"), strings("select hours from time_entry where id = " + id));

        HttpResponse<String> submitted = sam.submit(ACME, mine + "&status=DRAFT", "entries",
                Map.of("submitAll", ""));
        assertTrue(submitted.body().contains("1 entry submitted for review."), submitted.body());
        assertEquals("SUBMITTED", strings("select status from time_entry where id = " + id).get(0));

        String client = strings("select id from client where name = 'Hooli'").get(0);
        String review = "/admin/time/review.xhtml?client=" + client + "&project=" + project + "&from=" + today
                + "&to=" + today;
        HttpResponse<String> approved = sam.submit(ACME, review, "review", Map.of("list_selection", id,
                "approveSelected", ""));
        assertTrue(approved.body().contains("1 entry approved."), approved.body());
        assertEquals("APPROVED", strings("select status from time_entry where id = " + id).get(0));
        assertTrue(count("select count(*) from time_entry where status = 'SUBMITTED' and project_id = " + project
                + " and work_date = '" + today + "'") > 0, "approving one row approved the others too");

        String lastMonth = "/admin/time/index.xhtml?preset=last-month&client="
                + strings("select id from client where name = 'Globex'").get(0);
        HttpResponse<String> billed = sam.get(ACME, lastMonth);
        assertTrue(billed.body().contains("Invoiced, locked"), billed.body());
        long editable = Pattern.compile("name=\"entries:list:\\d+:edit\"").matcher(billed.body()).results().count();
        assertEquals(count("select count(*) from time_entry t join project p on p.id = t.project_id join client c"
                + " on c.id = p.client_id where c.name = 'Globex' and t.invoice_id is null and t.work_date between '"
                + SuiteClock.todayAtAcme().minusMonths(1).withDayOfMonth(1) + "' and '"
                + SuiteClock.todayAtAcme().withDayOfMonth(1).minusDays(1) + "'"), editable,
                "billed entries offer an edit button, or unbilled ones none");
    }

    /**
     * Hours of 1e10000000 were rounded to two decimals (ten million digits, seconds of a core for each post) before
     * the 24-hour rule saw them, and a day out of any sane range was stored. Both are refused, naming the field.
     */
    @Test
    void staffTypingHoursInExponentFormOrADayOutOfRangeAreRefusedAndNothingIsStored() throws SQLException {
        Browserless sam = signedIn("sam@acme.example");
        SamsDay day = SamsDay.load();

        for (String hours : List.of("1e10000000", "1e-10000000", "7.555")) {
            HttpResponse<String> refused = sam.submit(ACME, day.page(), "entry", Map.of("person", day.person(),
                    "project", day.project(), "date_input", day.today(), "hours", hours, "note", "Absurd hours",
                    "save", ""));
            assertTrue(refused.body().contains("Write the hours as a number with at most 3 digits before the point "
                    + "and 2 after it."), hours + ": " + refused.body());
        }
        for (String workDate : List.of("1999-12-31", "2101-01-01")) {
            HttpResponse<String> refused = sam.submit(ACME, day.page(), "entry", Map.of("person", day.person(),
                    "project", day.project(), "date_input", workDate, "hours", "1", "note", "Absurd day",
                    "save", ""));
            assertTrue(refused.body().contains("The work date is a day from 2000-01-01 to 2100-12-31."),
                    workDate + ": " + refused.body());
        }
        assertEquals(0, count("select count(*) from time_entry where note in ('Absurd hours', 'Absurd day')"));
    }

    /** Sam's time on Hooli Search Audit on acme's today: what the staff time form tests enter. */
    private record SamsDay(String person, String project, String today) {

        static SamsDay load() throws SQLException {
            return new SamsDay(strings("select id from person where email = 'sam@acme.example'").get(0),
                    strings("select id from project where name = 'Hooli Search Audit'").get(0),
                    // A working day, so the demo has entries of its own on it (on a weekend, the Friday before).
                    lastWorkday(SuiteClock.todayAtAcme()).toString());
        }

        /** The time page showing only such entries. */
        String page() {
            return "/admin/time/index.xhtml?from=" + today + "&to=" + today + "&person=" + person + "&project="
                    + project;
        }
    }

    /** Presses a row's button in a table of a form, for the row showing that text; the answer keeps its view. */
    private static HttpResponse<String> clickRow(Browserless agent, String path, String form, String rowText,
                                                 String button) {
        String page = agent.get(ACME, path).body();
        String row = page.substring(page.lastIndexOf("<tr", page.indexOf(rowText)));
        Matcher name = Pattern.compile("name=\"(" + form + ":list:\\d+:" + button + ")\"").matcher(row);
        if (!name.find()) {
            throw new AssertionError("No " + button + " button in the row of " + rowText);
        }
        return agent.post(ACME, path, Map.of(form, form, name.group(1), "",
                "jakarta.faces.ViewState", viewState(page)));
    }

    private static String viewState(String page) {
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
        if (!state.find()) {
            throw new AssertionError("No view state on " + page);
        }
        return state.group(1);
    }

    private static void typeInto(HeadlessChromium browser, String label, String text) {
        WebElement field = browser.widgetFieldLabelled(label);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        // A date field's calendar opens over the fields below it and fades out after Tab: a click on the next field
        // before it is gone lands on one of its days and changes this date behind the test's back.
        browser.overlaysGone();
        assertEquals(text, field.getAttribute("value"), "the " + label + " field");
    }

    /** The submitted entries of a client in the demo's last seven days, which it leaves waiting for review. */
    private Week submittedWeek(String client) throws SQLException {
        LocalDate today = SuiteClock.todayAtAcme();
        LocalDate first = today.minusDays(6);
        String clientId = strings("select id from client where name = '" + client + "'").get(0);
        String selection = " from time_entry t join project p on p.id = t.project_id where p.client_id = " + clientId
                + " and t.status = 'SUBMITTED' and t.work_date between '" + first + "' and '" + today + "'";
        long entries = count("select count(*)" + selection);
        assertTrue(entries > 0, "the demo has no submitted time of " + client + " this week");
        String hours = new BigDecimal(strings("select sum(t.hours)" + selection).get(0)).setScale(2).toPlainString();
        return new Week(clientId, first, today, today, entries, hours);
    }

    private record Week(String clientId, LocalDate first, LocalDate last, LocalDate today, long entries,
                        String hours) {
    }

    private static LocalDate lastWorkday(LocalDate day) {
        LocalDate workday = day;
        while (workday.getDayOfWeek() == DayOfWeek.SATURDAY || workday.getDayOfWeek() == DayOfWeek.SUNDAY) {
            workday = workday.minusDays(1);
        }
        return workday;
    }

    private Browserless signedIn(String email) {
        Browserless agent = new Browserless(base);
        assertEquals(302, agent.signIn(ACME, email, PASSWORD).statusCode());
        return agent;
    }

    private String acme(String pathAndQuery) {
        return "http://" + ACME + ":" + base.getPort() + pathAndQuery;
    }

    /** The text of a definition in a totals list ({@code <dd id="total">}). */
    private static String dd(String page, String id) {
        Matcher value = Pattern.compile("<dd id=\"" + id + "\">([^<]*)</dd>").matcher(page);
        if (!value.find()) {
            throw new AssertionError("No " + id + " on the page: " + page);
        }
        return value.group(1).strip();
    }

    private static String text(String page, String id) {
        Matcher value = Pattern.compile("id=\"[^\"]*" + id + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(page);
        return value.find() ? value.group(1).strip() : "(no " + id + ")";
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            return db.strings(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            return db.count(sql);
        }
    }
}
