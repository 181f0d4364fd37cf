package io.clientportal.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.testing.TestDatabase;
import io.clientportal.web.testing.Browserless;
import io.clientportal.web.testing.ContainerTestDatabase;
import io.clientportal.web.testing.DemoDatabase;
import io.clientportal.web.testing.HeadlessChromium;
import io.clientportal.web.testing.PageAudit;
import io.clientportal.web.testing.PortalWar;
import io.clientportal.web.testing.SuiteClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.util.Comparator;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Ava, Globex's contact, in a real browser: filters her invoices, downloads one and reads it, and checks the hours of
 * a month against the invoice that billed them. Screenshots are kept in target/screenshots/PortalBrowserIT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

    private static final String GLOBEX = "(select id from client where name = 'Globex')";
    private static final By PDF_LINK = By.cssSelector("a[href*='invoices/pdf']");

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

            // An invoice of a month whose hours no other test approves: InvoicingIT approves and bills the demo's
            // last seven days, which reach into last month in the first days of a month.
            String[] invoice = strings("select id || ';' || number || ';' || total || ';' || period_start || ';' "
                    + "|| period_end from invoice where status = 'OPEN' and client_id = " + GLOBEX
                    + " and period_end < '" + SuiteClock.todayAtAcme().withDayOfMonth(1).minusMonths(1) + "'"
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

    @Test
    void aClickAnywhereOnAnInvoicesLineOrEnterOnItDownloadsThePdfButDetailsOpensDetails() throws Exception {
        try (HeadlessChromium browser = new HeadlessChromium(PortalBrowserIT.class)) {
            signIn(browser);
            WebElement latest = browser.driver().findElement(By.cssSelector("#latest tbody tr"));
            String latestNumber = latest.findElement(PDF_LINK).getText();
            clickOn(browser, latest.findElement(By.cssSelector("td.portal-number")));
            assertDownloaded(browser, 1, latestNumber);

            // A person on the keyboard: from the filter's button, Tab along until a line has the focus, then Enter.
            // Each download in a tab of its own: Chromium asks before a page's second download, and headless, no one
            // answers.
            browser.openInNewTab(url("/portal/invoices.xhtml"));
            browser.script("arguments[0].focus()", browser.driver().findElement(By.id("apply")));
            WebElement focused = browser.driver().switchTo().activeElement();
            for (int tab = 0; tab < 10 && !"portal-pdf".equals(focused.getAttribute("class")); tab++) {
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
                focused = browser.driver().switchTo().activeElement();
            }
            assertEquals("portal-pdf", focused.getAttribute("class"), "Tab never reaches a line");
            String focusedNumber = focused.getText();
            assertTrue(String.valueOf(focused.getAttribute("aria-label")).contains(focusedNumber),
                    "the line's link does not say which invoice it downloads");
            assertEquals("solid", browser.script(
                    "return getComputedStyle(arguments[0], '::after').outlineStyle", focused),
                    "the line a keyboard user is on does not show it");
            browser.screenshot("line-focused");
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            assertDownloaded(browser, 2, focusedNumber);

            browser.openInNewTab(url("/portal/invoices.xhtml"));
            WebElement row = browser.driver().findElements(By.cssSelector("#invoices tbody tr")).get(1);
            String number = row.findElement(PDF_LINK).getText();
            // The amount, not the number: a person clicks where the line says what they look for.
            clickOn(browser, row.findElement(By.cssSelector("td.portal-number")));
            assertDownloaded(browser, 3, number);
            browser.screenshot("line-clicked");

            WebElement details = row.findElement(By.linkText("Details"));
            clickOn(browser, details);
            assertTrue(browser.urlOnceItContains("/portal/invoice.xhtml?id=").contains("/portal/invoice.xhtml?id="),
                    "Details did not open the invoice");
            assertTrue(browser.textOnceItShows(number).contains(number));
            assertEquals(3, browser.downloadsOnceThereAre(3).size(), "Details downloaded a PDF too");

            List<String> refused = browser.consoleMessages().stream()
                    .filter(message -> message.contains("Content Security Policy")).toList();
            assertEquals(List.of(), refused, "the page broke its own Content-Security-Policy");
        }
    }

    @Test
    void everyPortalPageReadsWellOnAPhoneAndPassesTheAccessibilityAudit() throws Exception {
        try (HeadlessChromium browser = new HeadlessChromium(PortalBrowserIT.class)) {
            signIn(browser);
            PageAudit.assertReadableEverywhere(browser, "landing");

            browser.open(url("/portal/invoices.xhtml"));
            PageAudit.assertReadableEverywhere(browser, "invoices");
            browser.showAsPhone();
            try {
                assertEquals("", keyColumnsOffTheScreen(browser), "what an invoice's line must show on a phone");
                assertTheFiltersFoldAwayAndOpenFromTheKeyboard(browser);
            } finally {
                browser.showAsDesktop();
            }
            assertTrue(browser.fieldLabelled("Status").isDisplayed(), "the filters fold away on a desktop too");

            String[] invoice = strings("select id || ';' || period_start || ';' || period_end from invoice "
                    + "where status in ('OPEN', 'PAID') and client_id = " + GLOBEX
                    + " order by issue_date desc limit 1").get(0).split(";");
            browser.open(url("/portal/invoice.xhtml?id=" + invoice[0]));
            PageAudit.assertReadableEverywhere(browser, "invoice");

            browser.open(url("/portal/hours.xhtml?from=" + invoice[1] + "&to=" + invoice[2]));
            PageAudit.assertReadableEverywhere(browser, "hours");
        }
    }

    /** The number, amount, state and Details link of each line that lie (partly) beyond the screen's right edge. */
    private static Object keyColumnsOffTheScreen(HeadlessChromium browser) {
        return browser.script("""
                const lines = document.querySelectorAll('#invoices tbody tr');
                if (lines.length === 0) return 'no lines';
                const off = [];
                lines.forEach((line, i) => ['a.portal-pdf', 'td.portal-number', '.portal-state', 'a.portal-details']
                    .forEach(key => {
                        const part = line.querySelector(key);
                        const box = part && part.getBoundingClientRect();
                        if (!box || box.width === 0 || box.right > window.innerWidth) {
                            off.push('line ' + (i + 1) + ': ' + key + (box ? ' ends at ' + box.right : ' missing'));
                        }
                    }));
                return off.join('; ');
                """);
    }

    /** On a phone the filters start folded; their toggle is a button that Tab reaches and that says its state. */
    private static void assertTheFiltersFoldAwayAndOpenFromTheKeyboard(HeadlessChromium browser) {
        WebElement filters = browser.driver().findElement(By.id("filters"));
        assertFalse(filters.isDisplayed(), "the filters take the phone's screen before the invoices");
        browser.script("arguments[0].focus()", browser.driver().findElement(By.id("navHours")));
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement toggle = browser.driver().switchTo().activeElement();
        assertEquals("filters", toggle.getAttribute("aria-controls"), "Tab from the menu does not reach the toggle");
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertTrue(browser.fieldLabelled("Status").isDisplayed(), "Enter on the toggle does not show the filters");
        browser.screenshot("invoices-phone-filters-open");
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        assertEquals("false", toggle.getAttribute("aria-expanded"));
        assertFalse(filters.isDisplayed(), "the toggle does not fold the filters again");
    }

    /** A mouse click where the element is on the screen, whatever lies on top of it, as a person's click lands. */
    private static void clickOn(HeadlessChromium browser, WebElement element) {
        new Actions(browser.driver()).moveToElement(element).click().perform();
    }

    private static void assertDownloaded(HeadlessChromium browser, int count, String number) throws IOException {
        List<Path> files = browser.downloadsOnceThereAre(count);
        assertEquals(count, files.size(), "downloads: " + files);
        Path newest = files.stream().max(Comparator.comparing(PortalBrowserIT::modified)).orElseThrow();
        assertTrue(pdfText(Files.readAllBytes(newest)).contains(number), newest + " is not the PDF of " + number);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
