package io.clientportal.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.testing.TestDatabase;
import io.clientportal.web.testing.Browserless;
import io.clientportal.web.testing.ContainerTestDatabase;
import io.clientportal.web.testing.DemoDatabase;
import io.clientportal.web.testing.HeadlessChromium;
import io.clientportal.web.testing.PortalWar;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Ava, Globex's contact, in a real browser: filters her invoices, downloads one and reads it, and checks the hours of
 * a month against the invoice that billed them. Screenshots are kept in target/screenshots/PortalBrowserIT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

    private static final String GLOBEX = "(select id from client where name = 'Globex')";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalWar.asBuilt();
    }

    @Test
    void avaFiltersHerInvoicesDownloadsOneAndChecksTheHours() throws Exception {
        try (HeadlessChromium browser = new HeadlessChromium(PortalBrowserIT.class)) {
            signIn(browser);
            browser.screenshot("landing");
            assertTrue(browser.textOnceItShows("Outstanding balance").contains("Outstanding balance"));

            browser.open(url("/portal/invoices.xhtml"));
            new Select(browser.fieldLabelled("Status")).selectByVisibleText("Paid");
            browser.button("Show").click();
            browser.urlOnceItContains("status=paid");
            List<String> paid = strings("select number from invoice where status = 'PAID' and client_id = " + GLOBEX
                    + " order by number");
            assertEquals(paid.size(), invoiceNumbersShown(browser).size());
            assertTrue(invoiceNumbersShown(browser).containsAll(paid));
            browser.screenshot("paid-invoices");

            String firstIssue = strings("select min(issue_date) from invoice where status in ('OPEN', 'PAID') "
                    + "and client_id = " + GLOBEX).get(0);
            browser.open(url("/portal/invoices.xhtml?from=" + firstIssue + "&to=" + firstIssue));
            List<String> onThatDay = strings("select number from invoice where status in ('OPEN', 'PAID') "
                    + "and client_id = " + GLOBEX + " and issue_date = '" + firstIssue + "' order by number");
            assertEquals(onThatDay, invoiceNumbersShown(browser).stream().sorted().toList());
            browser.screenshot("invoices-of-one-day");

            String[] invoice = strings("select id || ';' || number || ';' || total || ';' || period_start || ';' "
                    + "|| period_end from invoice where status = 'OPEN' and client_id = " + GLOBEX
                    + " order by issue_date desc limit 1").get(0).split(";");
            String text = pdfText(download(browser, "/portal/invoices/pdf?id=" + invoice[0]));
            assertTrue(text.contains(invoice[1]), text);
            assertTrue(text.contains(String.format(Locale.US, "%,.2f", new BigDecimal(invoice[2]))), text);
            for (String description : strings("select description from invoice_line where invoice_id = "
                    + invoice[0])) {
                assertTrue(text.contains(description), description + " not in " + text);
            }

            browser.open(url("/portal/hours.xhtml?from=" + invoice[3] + "&to=" + invoice[4]));
            String billed = strings("select sum(hours) from invoice_line where invoice_id = " + invoice[0]).get(0);
            String total = browser.driver().findElement(By.cssSelector("#totals tfoot td.portal-number")).getText();
            assertEquals(String.format(Locale.ENGLISH, "%,.2f", new BigDecimal(billed)), total,
                    "the month's approved hours are the hours its invoice billed");
            browser.screenshot("hours-of-the-invoiced-month");
            assertFalse(browser.driver().getPageSource().contains("Initech"));
        }
    }

    private void signIn(HeadlessChromium browser) {
        browser.open(url("/login.xhtml"));
        browser.fieldLabelled("Email").sendKeys("ava@globex.example");
        browser.fieldLabelled("Password").sendKeys("demo-password-123");
        browser.button("Sign in").click();
        browser.textOnceItShows("Welcome, Ava Adams");
    }

    private static List<String> invoiceNumbersShown(HeadlessChromium browser) {
        return browser.driver().findElements(By.cssSelector("#invoices a.portal-pdf")).stream()
                .map(WebElement::getText).toList();
    }

    /** Downloads with the browser's own session, as its download would. */
    private byte[] download(HeadlessChromium browser, String path) {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        Browserless agent = new Browserless(base);
        agent.useSessionId(session.getValue());
        HttpResponse<byte[]> response = agent.download("acme.localhost", path);
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private String url(String path) {
        return "http://acme.localhost:" + base.getPort() + path;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            return db.strings(sql);
        }
    }
}
