package io.clientportal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.testing.TestDatabase;
import io.clientportal.web.testing.Browserless;
import io.clientportal.web.testing.ContainerTestDatabase;
import io.clientportal.web.testing.DemoDatabase;
import io.clientportal.web.testing.PortalWar;
import java.io.IOException;
import java.net.URL;
import java.sql.SQLException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Markup and spreadsheet formulas typed into the agency's data (a client's, a project's and a contact's name, an
 * invoice line, a time entry's note) stay text wherever they are shown: escaped in the portal's and the back office's
 * pages, printed as written in the PDF, and defused in the CSV export (Invoice Ninja #11172 was stored XSS through a
 * client name).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private static final String ACME = "acme.localhost";
    private static final String MARKUP = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
    private static final String CLIENT = "Globex <script>alert('client')</script>";
    private static final String PROJECT = "=HYPERLINK(\"http://evil.example\",\"app\") <img src=x onerror=alert(2)>";
    private static final String CONTACT = "Ava <svg onload=alert('contact')>";
    private static final List<String> RAW = List.of("<script>alert(", "<img src=x onerror", "<svg onload");

    private static long invoiceId;
    private static long lineId;
    private static String lineDescription;
    private static long entryId;
    private static String entryNote;
    private static String workDate;
    private static long clientId;
    private static long projectId;
    private static String projectName;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalWar.asBuilt();
    }

    @BeforeAll
    static void typeHostileData() throws SQLException {
        try (DemoDatabase db = database()) {
            invoiceId = Long.parseLong(db.strings("select i.id from invoice i join client c on c.id = i.client_id "
                    + "where c.name = 'Globex' and i.status = 'OPEN' order by i.id").get(0));
            List<String> line = db.strings("select id || '|' || description from invoice_line where invoice_id = "
                    + invoiceId + " order by line_no");
            lineId = Long.parseLong(line.get(0).split("\\|", 2)[0]);
            lineDescription = line.get(0).split("\\|", 2)[1];
            String entry = db.strings("select t.id || '|' || t.work_date || '|' || coalesce(t.note, '') "
                    + "from time_entry t join project p on p.id = t.project_id join client c on c.id = p.client_id "
                    + "where c.name = 'Globex' and t.status = 'APPROVED' order by t.work_date desc, t.id").get(0);
            String[] fields = entry.split("\\|", 3);
            entryId = Long.parseLong(fields[0]);
            workDate = fields[1];
            entryNote = fields[2];
            clientId = Long.parseLong(db.strings("select id from client where name = 'Globex'").get(0));
            String project = db.strings("select p.id || '|' || p.name from time_entry t join project p "
                    + "on p.id = t.project_id where t.id = " + entryId).get(0);
            projectId = Long.parseLong(project.split("\\|", 2)[0]);
            projectName = project.split("\\|", 2)[1];
            db.update("update invoice_line set description = '" + sql(MARKUP) + "' where id = " + lineId);
            db.update("update client set name = '" + sql(CLIENT) + "' where id = " + clientId);
            db.update("update project set name = '" + sql(PROJECT) + "' where id = " + projectId);
            db.update("update user_account set display_name = '" + sql(CONTACT) + "' where email = 'ava@globex.example'");
            db.update("update time_entry set note = '" + sql(FORMULA + " " + MARKUP) + "' where id = " + entryId);
        }
    }

    @AfterAll
    static void restore() throws SQLException {
        try (DemoDatabase db = database()) {
            db.update("update invoice_line set description = '" + sql(lineDescription) + "' where id = " + lineId);
            db.update("update time_entry set note = '" + sql(entryNote) + "' where id = " + entryId);
            db.update("update client set name = 'Globex' where id = " + clientId);
            db.update("update project set name = '" + sql(projectName) + "' where id = " + projectId);
            db.update("update user_account set display_name = 'Ava Adams' where email = 'ava@globex.example'");
        }
    }

    @Test
    void markupIsEscapedInThePortalAndTheBackOffice() {
        Browserless ava = signedIn("ava@globex.example");
        assertInert(ava.get(ACME, "/portal/invoice.xhtml?id=" + invoiceId).body(), "&lt;script&gt;alert('xss')");
        String hours = ava.get(ACME, "/portal/hours.xhtml?from=" + workDate + "&to=" + workDate).body();
        assertInert(hours, "&lt;script&gt;alert('xss')");
        assertInert(hours, "&lt;img src=x onerror=alert(2)&gt;");
        assertInert(ava.get(ACME, "/portal/").body(), "&lt;svg onload=alert('contact')&gt;");
        Browserless admin = signedIn("admin@acme.example");
        assertInert(admin.get(ACME, "/admin/invoices/invoice.xhtml?id=" + invoiceId).body(),
                "&lt;script&gt;alert('xss')");
        assertInert(admin.get(ACME, "/admin/time/index.xhtml?from=" + workDate + "&to=" + workDate).body(),
                "&lt;script&gt;alert('xss')");
        assertInert(admin.get(ACME, "/admin/clients/index.xhtml").body(), "&lt;script&gt;alert('client')");
        assertInert(admin.get(ACME, "/admin/projects/index.xhtml").body(), "&lt;img src=x onerror=alert(2)&gt;");
        assertInert(admin.get(ACME, "/admin/contacts/index.xhtml?client=" + clientId).body(),
                "&lt;svg onload=alert('contact')&gt;");
    }

    @Test
    void thePdfPrintsTheMarkupAsText() throws IOException {
        byte[] pdf = signedIn("ava@globex.example").download(ACME, "/portal/invoices/pdf?id=" + invoiceId).body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // A long name wraps in its box: compare with the line breaks as spaces.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("<script>alert('xss')</script>"), text);
            assertTrue(text.contains(CLIENT), text);
            assertTrue(text.contains("<img src=x onerror=alert(2)>"), text);
        }
    }

    @Test
    void theCsvDefusesTheFormula() {
        String csv = signedIn("ava@globex.example").get(ACME, "/portal/hours.csv?from=" + workDate + "&to="
                + workDate).body();
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"app\"\")"), csv);
        assertFalse(csv.contains(",=HYPERLINK") || csv.contains(",\"=HYPERLINK"), csv);
    }

    /** The page shows the payload as escaped text, and no payload anywhere as markup. */
    private static void assertInert(String page, String escaped) {
        String shown = page.replace("&#39;", "'");
        assertTrue(shown.contains(escaped), "not shown escaped: " + escaped);
        for (String markup : RAW) {
            assertFalse(page.contains(markup), "markup got through: " + markup);
        }
    }

    private Browserless signedIn(String email) {
        Browserless agent = new Browserless(base);
        assertEquals(302, agent.signIn(ACME, email, "demo-password-123").statusCode());
        return agent;
    }

    private static String sql(String text) {
        return text.replace("'", "''");
    }

    private static DemoDatabase database() throws SQLException {
        return new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME));
    }
}
