package io.clientportal.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.web.testing.HeadlessChromium;
import io.clientportal.web.testing.PageAudit;
import io.clientportal.web.testing.PortalWar;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Signing in and out as a person does it, in a real headless Chromium: fields found by their labels, buttons by their
 * text. Chromium resolves {@code acme.localhost} to loopback itself, so the tenant is reached by its real host name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    @ArquillianResource
    private URL base;

    private HeadlessChromium browser;

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalWar.asBuilt();
    }

    @BeforeEach
    void openBrowser() {
        browser = new HeadlessChromium(SignInBrowserIT.class);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void avaSignsInSeesHerPortalAndSignsOut() {
        browser.open(acme("/portal/"));
        assertOnSignInPage("an anonymous visitor must be sent to sign in");
        browser.screenshot("sign-in-page");
        PageAudit.assertReadableEverywhere(browser, "sign-in-page");

        signIn("ava@globex.example", "demo-password-123");
        String portal = browser.textOnceItShows("Welcome, Ava Adams");
        assertTrue(portal.contains("Welcome, Ava Adams"), portal);
        assertEquals("Acme Digital", browser.driver().findElement(By.className("portal-agency")).getText());
        browser.screenshot("portal-after-sign-in");

        browser.button("Sign out").click();
        String signedOut = browser.textOnceItShows("You are signed out.");
        assertTrue(signedOut.contains("You are signed out."), signedOut);
        browser.screenshot("signed-out");
        PageAudit.assertReadableEverywhere(browser, "signed-out");

        // The session must be over on the server, not just the page changed: the portal asks to sign in again.
        browser.open(acme("/portal/"));
        assertOnSignInPage("the portal still opens after sign-out");
    }

    @Test
    void aWrongPasswordIsRefusedPolitely() {
        browser.open(acme("/login.xhtml"));
        signIn("ava@globex.example", "not-her-password-at-all");

        String page = browser.textOnceItShows("The email or password is not right.");
        assertTrue(page.contains("The email or password is not right."), page);
        assertOnSignInPage("a wrong password must not sign in");
        browser.screenshot("wrong-password");
        PageAudit.assertReadableEverywhere(browser, "wrong-password");
    }

    @Test
    void theForgottenPasswordPageReadsWellOnAPhoneAndPassesTheAccessibilityAudit() {
        browser.open(acme("/login.xhtml"));
        browser.driver().findElement(By.linkText("Forgot your password?")).click();
        browser.urlOnceItContains("/forgot-password.xhtml");
        PageAudit.assertReadableEverywhere(browser, "forgot-password");
    }

    private void signIn(String email, String password) {
        browser.fieldLabelled("Email").sendKeys(email);
        browser.fieldLabelled("Password").sendKeys(password);
        browser.button("Sign in").click();
    }

    private void assertOnSignInPage(String why) {
        // Under load the browser may still show the address it was sent to while the redirect is on its way.
        String expected = "acme.localhost:" + base.getPort() + "/login.xhtml";
        String url = browser.urlOnceItContains(expected);
        assertTrue(url.contains(expected), why + ": " + url);
        browser.fieldLabelled("Email");
    }

    private String acme(String path) {
        return "http://acme.localhost:" + base.getPort() + path;
    }
}
