package io.clientportal.web.account;

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
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;

/**
 * Contacts as an admin manages them and as they receive them: a real SMTP server gets the invitation, its link sets
 * the password once, only on its own tenant's host, only until a newer link or its expiry; deactivation ends a live
 * session; forgot-password answers alike for everyone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationIT {

    private static final String ACME = "acme.localhost";
    private static final String PASSWORD = "demo-password-123";
    private static final String NEW_PASSWORD = "a long and unusual passphrase";
    private static final String INVALID = "This link is no longer valid";
    /** A date as the contacts table shows one, such as "Jan 5, 2026, 3:04 PM" (newer JDKs put U+202F before PM). */
    private static final String DATE = "[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}.?[AP]M";

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
    void anInvitedContactSetsAPasswordOnceAndSignsIn() {
        invite("Nora North", "nora@new.globex.example");
        MimeMessage invitation = mailbox.await("nora@new.globex.example", "You are invited");
        Matcher link = Mailbox.link(invitation);
        // Built from the tenant's configured public URL, not from the Host (with its random port) the admin used.
        assertTrue(link.group(1).startsWith("http://acme.localhost:8080/set-password.xhtml?token="), link.group(1));
        assertTrue(Mailbox.body(invitation).contains("Globex"));
        // The HTML alternative carries the agency's name in its brand colour, and the same link.
        String html = Mailbox.html(invitation);
        assertTrue(html.contains(">Acme Digital</td>") && html.contains("color:#1f6feb"), html);
        assertTrue(html.contains("href=\"" + link.group(1) + "\""), html);

        Browserless nora = new Browserless(base);
        HttpResponse<String> set = setPassword(nora, ACME, link.group(2), NEW_PASSWORD);
        assertEquals(302, set.statusCode(), set.body());
        assertTrue(set.headers().firstValue("Location").orElse("").contains("/login.xhtml?passwordSet=true"));

        HttpResponse<String> signIn = nora.signIn(ACME, "nora@new.globex.example", NEW_PASSWORD);
        assertEquals(302, signIn.statusCode());
        assertTrue(nora.get(ACME, "/portal/").body().contains("Nora North"));
        assertTrue(Mailbox.body(mailbox.await("nora@new.globex.example", "was changed")).contains("was just changed"));

        HttpResponse<String> again = new Browserless(base).get(ACME, "/set-password.xhtml?token=" + link.group(2));
        assertTrue(again.body().contains(INVALID), "a used link works again");
    }

    @Test
    void aLinkWorksOnlyOnItsOwnTenantsHost() {
        invite("Olga Ortiz", "olga@new.globex.example");
        String token = Mailbox.link(mailbox.await("olga@new.globex.example", "You are invited")).group(2);

        HttpResponse<String> elsewhere = new Browserless(base).get("umbrella.localhost",
                "/set-password.xhtml?token=" + token);
        assertTrue(elsewhere.body().contains(INVALID), elsewhere.body());
        assertFalse(elsewhere.body().contains("Olga"));
        HttpResponse<String> home = new Browserless(base).get(ACME, "/set-password.xhtml?token=" + token);
        assertTrue(home.body().contains("Choose a password"), "the link should still work at home");
    }

    @Test
    void aResentInvitationKillsTheEarlierLink() throws Exception {
        invite("Pete Park", "pete@new.globex.example");
        String first = Mailbox.link(mailbox.await("pete@new.globex.example", "You are invited")).group(2);
        Browserless admin = signedIn("admin@acme.example");
        HttpResponse<String> resend = clickRow(admin, "pete@new.globex.example", "resend");
        assertTrue(resend.body().contains("Invitation sent again"), resend.body());
        String second = awaitAnotherLink("pete@new.globex.example", first);

        assertTrue(new Browserless(base).get(ACME, "/set-password.xhtml?token=" + first).body().contains(INVALID));
        assertEquals(302, setPassword(new Browserless(base), ACME, second, NEW_PASSWORD).statusCode());
    }

    @Test
    void anExpiredLinkIsRefused() throws SQLException {
        invite("Quinn Quill", "quinn@new.globex.example");
        String token = Mailbox.link(mailbox.await("quinn@new.globex.example", "You are invited")).group(2);
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            db.update("update account_link set expires_at = created_at - interval '1 day' where user_account_id = "
                    + "(select id from user_account where email = 'quinn@new.globex.example')");
        }
        assertTrue(new Browserless(base).get(ACME, "/set-password.xhtml?token=" + token).body().contains(INVALID));
    }

    @Test
    void aForgedOrMalformedTokenIsRefused() {
        for (String token : new String[] {"A".repeat(43), "short", "'%20or%201=1", ""}) {
            HttpResponse<String> response = new Browserless(base).get(ACME, "/set-password.xhtml?token=" + token);
            assertEquals(200, response.statusCode(), token);
            assertTrue(response.body().contains(INVALID), token);
        }
    }

    @Test
    void deactivatingAContactEndsItsLiveSessionAndSparesTheOthers() {
        Browserless ben = signedIn("ben@globex.example");
        Browserless ava = signedIn("ava@globex.example");
        Browserless admin = signedIn("admin@acme.example");
        try {
            HttpResponse<String> done = clickRow(admin, "ben@globex.example", "deactivate");
            assertTrue(done.body().contains("Contact deactivated"), done.body());
            assertEquals(302, ben.get(ACME, "/portal/").statusCode(), "ben still reads the portal");
            assertEquals(200, ava.get(ACME, "/portal/").statusCode(), "ava lost access too");
        } finally {
            clickRow(admin, "ben@globex.example", "reactivate");
        }
        assertEquals(302, new Browserless(base).signIn(ACME, "ben@globex.example", PASSWORD).statusCode());
    }

    @Test
    void aSessionOpenedBeforeAPasswordResetEndsWithTheReset() {
        String email = "tess@new.globex.example";
        invite("Tess Tate", email);
        String invitation = Mailbox.link(mailbox.await(email, "You are invited")).group(2);
        assertEquals(302, setPassword(new Browserless(base), ACME, invitation, NEW_PASSWORD).statusCode());
        Browserless before = new Browserless(base);
        assertEquals(302, before.signIn(ACME, email, NEW_PASSWORD).statusCode());
        assertEquals(200, before.get(ACME, "/portal/invoices.xhtml").statusCode());

        forgot(email);
        String reset = Mailbox.link(mailbox.await(email, "Reset your password")).group(2);
        assertEquals(302, setPassword(new Browserless(base), ACME, reset, "another long passphrase, reset")
                .statusCode());

        HttpResponse<String> afterwards = before.get(ACME, "/portal/invoices.xhtml");
        assertEquals(302, afterwards.statusCode(), "a session from before the reset still reads the invoices");
        assertTrue(afterwards.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        Browserless after = new Browserless(base);
        assertEquals(302, after.signIn(ACME, email, "another long passphrase, reset").statusCode());
        assertEquals(200, after.get(ACME, "/portal/invoices.xhtml").statusCode(), "a session after the reset works");
    }

    @Test
    void aSessionIdleWhileItsContactWasDeactivatedStaysDeadAfterReactivation() {
        Browserless ben = signedIn("ben@globex.example");
        Browserless admin = signedIn("admin@acme.example");
        try {
            assertTrue(clickRow(admin, "ben@globex.example", "deactivate").body().contains("Contact deactivated"));
        } finally {
            clickRow(admin, "ben@globex.example", "reactivate");
        }
        assertEquals(302, ben.get(ACME, "/portal/").statusCode(), "the idle session came back with the contact");
        assertEquals(302, new Browserless(base).signIn(ACME, "ben@globex.example", PASSWORD).statusCode(),
                "the reactivated contact cannot sign in again");
    }

    @Test
    void forgotPasswordAnswersAlikeAndMailsOnlyRealAccounts() throws SQLException {
        HttpResponse<String> known = forgot("cara@initech.example");
        HttpResponse<String> unknown = forgot("carl@initech.example");
        assertEquals(known.statusCode(), unknown.statusCode());
        assertEquals(normalized(known.body(), "cara@initech.example"), normalized(unknown.body(), "carl@initech.example"));

        MimeMessage reset = mailbox.await("cara@initech.example", "Reset your password");
        assertTrue(Mailbox.link(reset).group(1).startsWith("http://acme.localhost:8080/set-password.xhtml?token="));
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            assertEquals(0, db.count("select count(*) from outbox_message where recipient = 'carl@initech.example'"));
        }
    }

    @Test
    void theSuperAdminOpensAnAgencyWhoseFirstAdminSignsInThere() {
        Browserless root = new Browserless(base);
        assertEquals(302, root.signIn("platform.localhost", "root@platform.example", PASSWORD).statusCode());
        HttpResponse<String> opened = root.submit("platform.localhost", "/platform/", "open", Map.of(
                "subdomain", "initrode", "name", "Initrode Works", "timeZone", "Europe/Oslo", "currency", "NOK",
                "adminName", "Ivy Ives", "adminEmail", "ivy@initrode.example", "submit", ""));
        assertTrue(opened.body().contains("Agency initrode is open"), opened.body());
        assertTrue(opened.body().contains("Initrode Works"));

        HttpResponse<String> again = root.submit("platform.localhost", "/platform/", "open", Map.of(
                "subdomain", "acme", "name", "Acme again", "timeZone", "UTC", "currency", "USD",
                "adminName", "Mallory", "adminEmail", "mallory@evil.example", "submit", ""));
        assertTrue(again.body().contains("This subdomain is taken."), again.body());

        Matcher link = Mailbox.link(mailbox.await("ivy@initrode.example", "You are invited"));
        assertTrue(link.group(1).startsWith("http://initrode.localhost:8080/set-password.xhtml?token="));
        assertTrue(new Browserless(base).get(ACME, "/set-password.xhtml?token=" + link.group(2)).body()
                .contains(INVALID), "the new agency's link works on acme's host");
        Browserless ivy = new Browserless(base);
        assertEquals(302, setPassword(ivy, "initrode.localhost", link.group(2), NEW_PASSWORD).statusCode());
        HttpResponse<String> signIn = ivy.signIn("initrode.localhost", "ivy@initrode.example", NEW_PASSWORD);
        assertTrue(signIn.headers().firstValue("Location").orElse("").endsWith("/admin/"));
        assertEquals(403, ivy.get("initrode.localhost", "/platform/").statusCode());
        HttpResponse<String> atAcme = new Browserless(base).signIn(ACME, "ivy@initrode.example", NEW_PASSWORD);
        assertTrue(atAcme.body().contains("The email or password is not right."), "Initrode's admin signed in at acme");
    }

    @Test
    void adminsSeeTheAuditLogAndStaffCannotManageContacts() {
        invite("Rita Reed", "rita@new.globex.example");
        HttpResponse<String> audit = signedIn("admin@acme.example").get(ACME, "/admin/audit.xhtml");
        assertEquals(200, audit.statusCode());
        assertTrue(audit.body().contains("INVITATION_SENT") && audit.body().contains("rita@new.globex.example"));
        assertTrue(audit.body().contains("SIGN_IN_SUCCEEDED"));

        mailbox.await("rita@new.globex.example", "You are invited");
        HttpResponse<String> mail = signedIn("admin@acme.example").get(ACME, "/admin/mail.xhtml");
        assertEquals(200, mail.statusCode());
        assertTrue(mail.body().contains("rita@new.globex.example"), "the admin sees the invitation's delivery");
        assertTrue(mail.body().contains("You are invited to the Acme Digital client portal"));
        assertFalse(mail.body().contains("set-password.xhtml?token="), "the admin must not see a contact's link");

        Browserless sam = signedIn("sam@acme.example");
        assertEquals(403, sam.get(ACME, "/admin/contacts/index.xhtml").statusCode());
        assertEquals(403, sam.get(ACME, "/admin/audit.xhtml").statusCode());
        assertEquals(403, sam.get(ACME, "/admin/mail.xhtml").statusCode());
    }

    @Test
    void aPersonWalksFromInvitationToSignOutInARealBrowser() {
        String sofia = "sofia@new.globex.example";
        try (HeadlessChromium admin = new HeadlessChromium(InvitationIT.class)) {
            admin.open(acme("/login.xhtml"));
            signIn(admin, "admin@acme.example", PASSWORD);
            String home = admin.urlOnceItContains("/admin/");
            assertTrue(home.contains("/admin/"), "the admin did not land in the admin area: " + home);

            admin.open(acme("/admin/contacts/index.xhtml"));
            String contacts = admin.textOnceItShows("Contacts: Globex");
            assertTrue(contacts.contains("Contacts: Globex"), contacts);
            assertTrue(contactRow(admin, sofia).isEmpty(), "Sofia is listed before she is invited");
            admin.fieldLabelled("Name").sendKeys("Sofia Stone");
            admin.fieldLabelled("Email").sendKeys(sofia);
            admin.button("Send invitation").click();
            String sent = admin.textOnceItShows("Invitation sent.");
            // The table's "Invitation sent" column must not pass for the notice: read the messages themselves.
            String notice = admin.driver().findElement(By.id("contacts:messages")).getText();
            assertTrue(notice.contains("Invitation sent."), sent);
            Map<String, String> invited = contactRow(admin, sofia).orElseThrow(
                    () -> new AssertionError("Sofia is not listed after the invitation: " + sent));
            assertEquals("Sofia Stone", invited.get("Name"));
            assertEquals("Invited", invited.get("Status"));
            assertTrue(invited.get("Invitation sent").matches(DATE), invited.toString());
            assertEquals("", invited.get("Accepted"), "accepted before she saw the mail");
            showRow(admin, sofia);
            admin.screenshot("1-admin-invited-sofia");

            MimeMessage invitation = mailbox.await(sofia, "You are invited");
            URI link = URI.create(Mailbox.link(invitation).group(1));
            assertEquals("http://acme.localhost:8080", link.getScheme() + "://" + link.getRawAuthority());
            try (HeadlessChromium invitee = new HeadlessChromium(InvitationIT.class)) {
                // The demo tenant's public URL names port 8080; this server listens on a random port.
                invitee.open(acme(link.getRawPath() + "?" + link.getRawQuery()));
                String choose = invitee.textOnceItShows("Welcome! Choose a password");
                assertTrue(choose.contains("Welcome! Choose a password"), choose);
                invitee.fieldLabelled("New password").sendKeys(NEW_PASSWORD);
                invitee.fieldLabelled("Repeat the new password").sendKeys(NEW_PASSWORD);
                invitee.screenshot("2-invitee-sets-password");
                invitee.button("Set password").click();

                String passwordSet = invitee.textOnceItShows("Your password is set. Sign in with it now.");
                assertTrue(passwordSet.contains("Your password is set. Sign in with it now."), passwordSet);
                String signInPage = invitee.urlOnceItContains("/login.xhtml?passwordSet=true");
                assertTrue(signInPage.endsWith("/login.xhtml?passwordSet=true"), signInPage);
                signIn(invitee, sofia, NEW_PASSWORD);
                String portal = invitee.textOnceItShows("Welcome, Sofia Stone");
                assertTrue(portal.contains("Welcome, Sofia Stone"), portal);
                invitee.screenshot("3-invitee-signed-in");

                invitee.button("Sign out").click();
                String signedOut = invitee.textOnceItShows("You are signed out.");
                assertTrue(signedOut.contains("You are signed out."), signedOut);
                invitee.screenshot("4-invitee-signed-out");
                invitee.open(acme("/portal/"));
                assertTrue(invitee.driver().getCurrentUrl().contains("/login.xhtml"),
                        "the portal still opens after sign-out: " + invitee.driver().getCurrentUrl());
            }

            admin.open(acme("/admin/contacts/index.xhtml"));
            admin.textOnceItShows(sofia);
            Map<String, String> accepted = contactRow(admin, sofia).orElseThrow(
                    () -> new AssertionError("Sofia is gone from the contacts page"));
            assertEquals("Active", accepted.get("Status"));
            assertTrue(accepted.get("Accepted").matches(DATE), accepted.toString());
            assertTrue(accepted.get("Last sign-in").matches(DATE), accepted.toString());
            showRow(admin, sofia);
            admin.screenshot("5-admin-sees-sofia-active");
        }
    }

    private String acme(String pathAndQuery) {
        return "http://" + ACME + ":" + base.getPort() + pathAndQuery;
    }

    private static void signIn(HeadlessChromium browser, String email, String password) {
        browser.fieldLabelled("Email").sendKeys(email);
        browser.fieldLabelled("Password").sendKeys(password);
        browser.button("Sign in").click();
    }

    /** Scrolls the contacts table's row for that email into the middle of the window, so a screenshot shows it. */
    private static void showRow(HeadlessChromium browser, String email) {
        WebElement cell = browser.driver().findElement(By.xpath(
                "//div[contains(@class,'portal-table')]//td[normalize-space()='" + email + "']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
    }

    /** The contacts table's row for that email, as column header to cell text; empty if no row shows it. */
    private static Optional<Map<String, String>> contactRow(HeadlessChromium browser, String email) {
        WebElement table;
        try {
            table = browser.driver().findElement(By.cssSelector(".portal-table table"));
        } catch (NoSuchElementException e) {
            throw new AssertionError("No contacts table on " + browser.driver().getCurrentUrl());
        }
        List<String> headers = table.findElements(By.cssSelector("thead th")).stream()
                .map(WebElement::getText).map(String::strip).toList();
        for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.stream().anyMatch(cell -> cell.getText().strip().equals(email))) {
                Map<String, String> byHeader = new LinkedHashMap<>();
                for (int i = 0; i < cells.size() && i < headers.size(); i++) {
                    byHeader.put(headers.get(i), cells.get(i).getText().strip());
                }
                return Optional.of(byHeader);
            }
        }
        return Optional.empty();
    }

    private void invite(String name, String email) {
        HttpResponse<String> done = signedIn("admin@acme.example").submit(ACME, "/admin/contacts/index.xhtml",
                "invite", Map.of("name", name, "email", email, "submit", ""));
        assertTrue(done.body().contains("Invitation sent."), done.body());
    }

    /** Presses a row's button (resend, deactivate, reactivate) in the contacts table, for the row of that email. */
    private static HttpResponse<String> clickRow(Browserless admin, String email, String button) {
        String page = admin.get(ACME, "/admin/contacts/index.xhtml").body();
        String row = page.substring(page.lastIndexOf("<tr", page.indexOf(email)));
        Matcher name = Pattern.compile("name=\"contacts:(list:\\d+:" + button + ")\"").matcher(row);
        if (!name.find()) {
            throw new AssertionError("No " + button + " button for " + email);
        }
        return admin.submit(ACME, "/admin/contacts/index.xhtml", "contacts", Map.of(name.group(1), ""));
    }

    private HttpResponse<String> setPassword(Browserless agent, String host, String token, String password) {
        return agent.submit(host, "/set-password.xhtml?token=" + token, "setPassword",
                Map.of("password", password, "repeated", password, "submit", "Set password"));
    }

    private HttpResponse<String> forgot(String email) {
        return new Browserless(base).submit(ACME, "/forgot-password.xhtml", "forgot",
                Map.of("email", email, "submit", "Send me a link"));
    }

    private String awaitAnotherLink(String email, String previous) {
        long deadline = System.currentTimeMillis() + 45_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : mailbox.to(email)) {
                String token = Mailbox.link(message).group(2);
                if (!token.equals(previous)) {
                    return token;
                }
            }
            sleep();
        }
        throw new AssertionError("No second invitation for " + email);
    }

    private Browserless signedIn(String email) {
        Browserless agent = new Browserless(base);
        assertEquals(302, agent.signIn(ACME, email, PASSWORD).statusCode(), email);
        return agent;
    }

    /** The page without what differs on every response anyway: field values (the view state) and the CSP nonce. */
    private static String normalized(String body, String email) {
        return body.replace(email, "EMAIL").replaceAll("value=\"[^\"]*\"", "")
                .replaceAll("nonce=\"[^\"]*\"", "").replaceAll("csp\\.init\\('[^']*'\\)", "");
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
