package io.clientportal.web.portal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.testing.TestDatabase;
import io.clientportal.web.testing.Browserless;
import io.clientportal.web.testing.ContainerTestDatabase;
import io.clientportal.web.testing.DemoDatabase;
import io.clientportal.web.testing.PortalWar;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Downloading an invoice PDF from the real WAR on Payara Micro: a contact gets its own client's issued invoices with
 * download headers, and every other id (another client's, another agency's, a draft, a void one, or no number at all)
 * is the same bare 404, for GET and HEAD alike. Ids and amounts come from the demo data in the server's database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvoicePdfIT {

    private static final String ACME = "acme.localhost";
    private static final String UMBRELLA = "umbrella.localhost";
    private static final String PASSWORD = "demo-password-123";
    private static final String PDF = "/portal/invoices/pdf";
    private static final String GLOBEX = "(select c.id from client c join tenant t on t.id = c.tenant_id "
            + "where t.subdomain = 'acme' and c.name = 'Globex')";
    private static final String INITECH = "(select c.id from client c join tenant t on t.id = c.tenant_id "
            + "where t.subdomain = 'acme' and c.name = 'Initech')";
    private static final String UMBRELLA_TENANT = "(select id from tenant where subdomain = 'umbrella')";
    /** Sam's cost and billable rates in the demo data: neither may ever reach a client. */
    private static final List<String> RATES = List.of("987.65", "456.78");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalWar.asBuilt();
    }

    @Test
    void aContactDownloadsEachIssuedInvoiceOfItsClient() throws Exception {
        Browserless ava = signedIn(ACME, "ava@globex.example");
        List<String[]> invoices = rows("select id || ' ' || number || ' ' || currency || ' ' || total from invoice "
                + "where status in ('OPEN', 'PAID') and client_id = " + GLOBEX + " order by id");
        assertTrue(invoices.size() >= 3, "Globex's issued invoices: " + invoices.size());

        List<Long> millis = new ArrayList<>();
        for (String[] invoice : invoices) {
            long start = System.nanoTime();
            HttpResponse<byte[]> pdf = ava.download(ACME, PDF + "?id=" + invoice[0]);
            millis.add((System.nanoTime() - start) / 1_000_000);

            String number = invoice[1];
            assertEquals(200, pdf.statusCode(), number);
            assertAll(number,
                    () -> assertEquals("application/pdf", header(pdf, "Content-Type")),
                    () -> assertEquals("attachment; filename=\"invoice-" + number + ".pdf\"",
                            header(pdf, "Content-Disposition")),
                    () -> assertEquals("no-store", header(pdf, "Cache-Control")),
                    () -> assertEquals("nosniff", header(pdf, "X-Content-Type-Options")),
                    () -> assertEquals(String.valueOf(pdf.body().length), header(pdf, "Content-Length")),
                    () -> assertTrue(startsWithPdf(pdf.body())));
            String text = text(pdf.body());
            assertContains(text, number);
            assertContains(text, "Total " + invoice[2] + " " + english(new BigDecimal(invoice[3])));
            assertContains(text, "Acme Digital");
            for (String rate : RATES) {
                assertFalse(text.contains(rate), rate + " on " + number + ": " + text);
            }
        }
        System.out.printf("InvoicePdfIT: PDF downloads in ms, first to last: %s%n", millis);
    }

    @Test
    void everyOtherIdIsABare404() throws SQLException {
        Browserless ava = signedIn(ACME, "ava@globex.example");
        List<String> queries = new ArrayList<>();
        for (String id : ids("select id from invoice where status in ('OPEN', 'PAID') and client_id = " + INITECH)) {
            queries.add("?id=" + id);
        }
        for (String id : ids("select id from invoice where tenant_id = " + UMBRELLA_TENANT)) {
            queries.add("?id=" + id);
        }
        for (String id : ids("select id from invoice where status in ('DRAFT', 'VOID') and client_id = " + GLOBEX)) {
            queries.add("?id=" + id);
        }
        assertTrue(queries.size() >= 6, "foreign, draft and void ids: " + queries);
        queries.addAll(List.of("?id=abc", "?id=-1", "?id=0", "?id=99999999999999999999", "?id=", "", "?id=%20"
                + globexInvoiceId(), "?id=1e3", "?other=" + globexInvoiceId()));

        for (String query : queries) {
            assertNotFound(ava.download(ACME, PDF + query), query);
        }
    }

    @Test
    void headIsAuthorizedLikeGet() throws SQLException {
        Browserless ava = signedIn(ACME, "ava@globex.example");
        String initech = ids("select id from invoice where status in ('OPEN', 'PAID') and client_id = " + INITECH)
                .get(0);
        assertNotFound(ava.head(ACME, PDF + "?id=" + initech), "HEAD of Initech's " + initech);
        assertNotFound(ava.head(ACME, PDF + "?id=abc"), "HEAD of abc");

        HttpResponse<byte[]> own = ava.head(ACME, PDF + "?id=" + globexInvoiceId());
        assertEquals(200, own.statusCode());
        assertEquals("application/pdf", header(own, "Content-Type"));
        assertEquals(0, own.body().length);
    }

    @Test
    void aRangeRequestIsAuthorizedLikeGet() throws SQLException {
        Browserless ava = signedIn(ACME, "ava@globex.example");
        String initech = ids("select id from invoice where status in ('OPEN', 'PAID') and client_id = " + INITECH)
                .get(0);
        for (String range : new String[] {"bytes=0-99", "bytes=-500", "bytes=100-"}) {
            HttpResponse<byte[]> foreign = ava.downloadRange(ACME, PDF + "?id=" + initech, range);
            assertNotFound(foreign, range + " of Initech's " + initech);
            assertFalse(new String(foreign.body(), StandardCharsets.ISO_8859_1).startsWith("%PDF"), range);
        }
        // Its own invoice: the whole file (a range is a hint the portal need not honour), never a piece of another's.
        HttpResponse<byte[]> own = ava.downloadRange(ACME, PDF + "?id=" + globexInvoiceId(), "bytes=0-99");
        assertEquals(200, own.statusCode());
        assertEquals("application/pdf", header(own, "Content-Type"));
        assertEquals("%PDF-", new String(own.body(), 0, 5, StandardCharsets.ISO_8859_1));
        assertTrue(own.body().length > 100, "the whole file, not the first 100 bytes");
    }

    @Test
    void eachContactReadsOnlyItsOwnClientsInvoices() throws SQLException {
        String globex = globexInvoiceId();
        String initech = ids("select id from invoice where status in ('OPEN', 'PAID') and client_id = " + INITECH)
                .get(0);
        String raccoon = ids("select id from invoice where status in ('OPEN', 'PAID') and tenant_id = "
                + UMBRELLA_TENANT).get(0);

        Browserless cara = signedIn(ACME, "cara@initech.example");
        assertEquals(200, cara.download(ACME, PDF + "?id=" + initech).statusCode());
        assertNotFound(cara.download(ACME, PDF + "?id=" + globex), "Globex's invoice for Initech's contact");

        Browserless dan = signedIn(UMBRELLA, "dan@umbrella-client.example");
        assertEquals(200, dan.download(UMBRELLA, PDF + "?id=" + raccoon).statusCode());
        assertNotFound(dan.download(UMBRELLA, PDF + "?id=" + globex), "acme's invoice on umbrella");
        assertNotFound(dan.download(UMBRELLA, PDF + "?id=" + initech), "acme's invoice on umbrella");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws SQLException {
        Browserless anonymous = new Browserless(base);
        for (HttpResponse<byte[]> response : List.of(
                anonymous.download(ACME, PDF + "?id=" + globexInvoiceId()),
                anonymous.head(ACME, PDF + "?id=" + globexInvoiceId()))) {
            assertEquals(302, response.statusCode());
            assertTrue(header(response, "Location").endsWith("/login.xhtml"), header(response, "Location"));
            assertFalse(startsWithPdf(response.body()) || contains(response.body(), "%PDF"));
        }
    }

    @Test
    void theAgencyDownloadsTheSamePdfAndOnlyItsOwn() throws SQLException {
        String globex = globexInvoiceId();
        Browserless admin = signedIn(ACME, "admin@acme.example");
        HttpResponse<byte[]> pdf = admin.download(ACME, "/admin/invoices/pdf?id=" + globex);
        assertEquals(200, pdf.statusCode());
        assertTrue(startsWithPdf(pdf.body()));
        assertEquals(pdf.body().length, signedIn(ACME, "ava@globex.example")
                .download(ACME, PDF + "?id=" + globex).body().length, "the agency's PDF is the client's PDF");
        assertEquals(200, signedIn(ACME, "sam@acme.example")
                .download(ACME, "/admin/invoices/pdf?id=" + globex).statusCode(), "staff download too");
        String raccoon = ids("select id from invoice where status = 'OPEN' and tenant_id = " + UMBRELLA_TENANT)
                .get(0);
        assertNotFound(admin.download(ACME, "/admin/invoices/pdf?id=" + raccoon), "another agency's invoice");
        assertNotFound(admin.download(ACME, "/admin/invoices/pdf?id=abc"), "a malformed id");
        assertEquals(403, signedIn(ACME, "ava@globex.example")
                .download(ACME, "/admin/invoices/pdf?id=" + globex).statusCode(), "a contact on the agency side");
    }

    private Browserless signedIn(String host, String email) {
        Browserless agent = new Browserless(base);
        assertEquals(302, agent.signIn(host, email, PASSWORD).statusCode(), email);
        return agent;
    }

    private static void assertNotFound(HttpResponse<byte[]> response, String what) {
        assertEquals(404, response.statusCode(), what);
        assertFalse(contains(response.body(), "%PDF"), what + " answered PDF bytes");
        assertFalse(header(response, "Content-Type").contains("pdf"), what);
        assertTrue(response.headers().firstValue("Content-Disposition").isEmpty(), what);
    }

    private static String globexInvoiceId() throws SQLException {
        return ids("select id from invoice where status in ('OPEN', 'PAID') and client_id = " + GLOBEX
                + " order by id").get(0);
    }

    private static List<String> ids(String sql) throws SQLException {
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            return db.strings(sql);
        }
    }

    private static List<String[]> rows(String sql) throws SQLException {
        return ids(sql).stream().map(row -> row.split(" ")).toList();
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static boolean startsWithPdf(byte[] body) {
        return body.length >= 4 && new String(body, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF");
    }

    private static boolean contains(byte[] body, String text) {
        return new String(body, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String english(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(amount);
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected \"" + expected + "\" in: " + text);
    }
}
