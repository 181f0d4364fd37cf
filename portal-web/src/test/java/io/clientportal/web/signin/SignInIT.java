package io.clientportal.web.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.testing.AtOnce;
import io.clientportal.testing.TestDatabase;
import io.clientportal.web.testing.Browserless;
import io.clientportal.web.testing.ContainerTestDatabase;
import io.clientportal.web.testing.DemoDatabase;
import io.clientportal.web.testing.PortalWar;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in and out through the real form, as independent user agents: where each role lands and may go, what a
 * session is worth on another host, after sign-out and after deactivation, and that failures tell nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    private static final String ACME = "acme.localhost";
    private static final String PASSWORD = "demo-password-123";
    private static final String FAILED = "The email or password is not right.";
    private static final String THROTTLED = "Too many attempts.";
    private static final Set<String> PUBLIC_PAGES = Set.of("/index.xhtml", "/login.xhtml", "/set-password.xhtml",
            "/forgot-password.xhtml");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalWar.asBuilt();
    }

    @Test
    void aContactSignsInToItsPortalUnderANewSessionId() {
        Browserless ava = new Browserless(base);
        ava.get(ACME, "/login.xhtml");
        String before = ava.sessionId().orElseThrow();

        HttpResponse<String> signIn = ava.signIn(ACME, "ava@globex.example", PASSWORD);

        assertEquals(302, signIn.statusCode(), signIn.body());
        assertTrue(signIn.headers().firstValue("Location").orElse("").endsWith("/portal/"));
        assertNotEquals(before, ava.sessionId().orElseThrow(), "the session id must change at sign-in");
        HttpResponse<String> portal = ava.get(ACME, "/portal/");
        assertEquals(200, portal.statusCode());
        assertTrue(portal.body().contains("Ava Adams"), portal.body());
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteAndHostOnly() {
        HttpResponse<String> page = new Browserless(base).get(ACME, "/login.xhtml");
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(cookie.toLowerCase().contains("domain="), cookie);
        assertFalse(page.body().contains("jsessionid"), "a session id in a URL");
    }

    @Test
    void eachRoleLandsOnItsOwnArea() {
        assertLandsOn(ACME, "admin@acme.example", "/admin/");
        assertLandsOn(ACME, "sam@acme.example", "/admin/");
        assertLandsOn("platform.localhost", "root@platform.example", "/platform/");
    }

    @Test
    void aContactReachesPortalPagesOnly() {
        Browserless ava = signedIn(ACME, "ava@globex.example");
        for (String page : List.of("/admin/", "/admin/index.xhtml", "/platform/", "/platform/index.xhtml")) {
            HttpResponse<String> response = ava.get(ACME, page);
            assertEquals(403, response.statusCode(), page);
            assertFalse(response.body().contains("Welcome"), page);
        }
    }

    @Test
    void aContactCrawlingEveryPageReachesThePortalOnly() throws IOException {
        Browserless ava = signedIn(ACME, "ava@globex.example");
        List<String> pages = pagesOfTheApplication();
        assertTrue(pages.size() >= 10, "pages found: " + pages);
        for (String page : pages) {
            int status = ava.get(ACME, page).statusCode();
            if (page.startsWith("/portal/")) {
                // A page that needs an id (an invoice) answers "not found" without one.
                assertTrue(status == 200 || status == 404, page + " answered " + status);
            } else if (PUBLIC_PAGES.contains(page)) {
                assertTrue(status == 200 || status == 302, page + " answered " + status);
            } else {
                assertEquals(403, status, "a contact reached " + page);
            }
        }
    }

    @Test
    void theSuperAdminHasNoWayIntoAnyPortal() throws IOException {
        Browserless root = signedIn("platform.localhost", "root@platform.example");
        for (String page : pagesOfTheApplication()) {
            int status = root.get("platform.localhost", page).statusCode();
            if (page.startsWith("/portal/")) {
                assertEquals(404, status, page);
            } else if (page.startsWith("/admin/")) {
                assertEquals(403, status, page);
            }
        }
        assertEquals(302, root.get(ACME, "/portal/").statusCode(), "the platform session opened acme's portal");
    }

    @Test
    void staffCannotOpenThePortalOrThePlatform() {
        Browserless sam = signedIn(ACME, "sam@acme.example");
        assertEquals(403, sam.get(ACME, "/portal/").statusCode());
        assertEquals(403, sam.get(ACME, "/platform/").statusCode());
    }

    @Test
    void theSuperAdminIsNobodyOnAnAgencyHost() {
        HttpResponse<String> attempt = new Browserless(base).signIn(ACME, "root@platform.example", PASSWORD);
        assertEquals(200, attempt.statusCode());
        assertTrue(attempt.body().contains("The email or password is not right."), attempt.body());
    }

    @Test
    void aSessionIsWorthlessOnAnotherTenantsHost() {
        Browserless ava = signedIn(ACME, "ava@globex.example");
        String stolen = ava.sessionId().orElseThrow();
        Browserless thief = new Browserless(base);
        thief.useSessionId(stolen);
        HttpResponse<String> elsewhere = thief.get("umbrella.localhost", "/portal/");
        assertEquals(302, elsewhere.statusCode());
        assertTrue(elsewhere.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        HttpResponse<String> portal = new Browserless(base).get(ACME, "/portal/");
        assertEquals(302, portal.statusCode());
        assertTrue(portal.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        Browserless ava = signedIn(ACME, "ava@globex.example");
        String old = ava.sessionId().orElseThrow();

        HttpResponse<String> signOut = ava.submit(ACME, "/portal/", "signOut", Map.of("submit", "Sign out"));
        assertEquals(302, signOut.statusCode(), signOut.body());

        Browserless replay = new Browserless(base);
        replay.useSessionId(old);
        assertEquals(302, replay.get(ACME, "/portal/").statusCode(), "the old session still works");
    }

    @Test
    void unknownAndKnownAccountsFailAlike() {
        HttpResponse<String> wrongPassword = new Browserless(base).signIn(ACME, "cara@initech.example",
                "not-her-password-at-all");
        HttpResponse<String> unknown = new Browserless(base).signIn(ACME, "nobody@initech.example",
                "not-her-password-at-all");
        assertEquals(wrongPassword.statusCode(), unknown.statusCode());
        assertEquals(withoutPerResponseValues(wrongPassword.body()), withoutPerResponseValues(unknown.body()));
        assertTrue(unknown.body().contains("The email or password is not right."));
    }

    @Test
    void deactivationSignsAContactOutAtItsNextRequest() throws SQLException {
        Browserless ben = signedIn(ACME, "ben@globex.example");
        Browserless ava = signedIn(ACME, "ava@globex.example");
        try {
            setActive("ben@globex.example", false);
            HttpResponse<String> next = ben.get(ACME, "/portal/");
            assertEquals(302, next.statusCode(), "a deactivated contact still reads the portal");
            assertEquals(200, ava.get(ACME, "/portal/").statusCode(), "the client's other contact lost access");
            HttpResponse<String> again = new Browserless(base).signIn(ACME, "ben@globex.example", PASSWORD);
            assertTrue(again.body().contains("The email or password is not right."));
        } finally {
            setActive("ben@globex.example", true);
        }
    }

    @Test
    void aHashFromWeakerParametersIsReplacedAtTheNextSignIn() throws Exception {
        String email = "dan@umbrella-client.example";
        useLegacyHash(email);
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            HttpResponse<String> signIn = new Browserless(base).signIn("umbrella.localhost", email, PASSWORD);
            assertEquals(302, signIn.statusCode(), "the old hash still verifies");
            assertEquals(List.of("PBKDF2WithHmacSHA512:210000"), db.strings("select substring(password_hash from 1 "
                    + "for 27) from user_account where email = '" + email + "'"));
        }
        assertEquals(302, new Browserless(base).signIn("umbrella.localhost", email, PASSWORD).statusCode(),
                "the new hash verifies");
    }

    @Test
    void aRightGuessSentInParallelWithWrongOnesAfterTheFreeFailuresIsStillThrottled() throws Exception {
        String email = "sam@acme.example";
        try {
            for (int i = 0; i < 5; i++) {
                assertTrue(new Browserless(base).signIn(ACME, email, "wrong guess " + i).body().contains(FAILED),
                        "a free failure was not checked");
            }
            // Three more, each once its wait is over (the eighth failure makes the next guess wait 4 s), then that
            // wait goes by: the one guess let through next starts a wait of 8 s, far longer than the parallel posts
            // below can take to arrive however loaded the machine, so exactly one of them may be checked.
            for (int i = 0; i < 3; i++) {
                failOnceLetThrough(email, "patient wrong guess " + i);
            }
            Thread.sleep(5_000);
            // Nine wrong guesses at once, their pages opened beforehand so they reach the server together. The right
            // one follows as soon as the first of them is refused (the throttle has counted one), or after a quarter
            // of a second, while the others are still being checked.
            CountDownLatch firstRefused = new CountDownLatch(1);
            List<Callable<HttpResponse<String>>> guesses = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                Browserless guesser = new Browserless(base);
                Map<String, String> guess = guesser.signInForm(ACME, email, "parallel wrong guess " + i);
                guesses.add(() -> {
                    HttpResponse<String> answer = guesser.post(ACME, Browserless.SIGN_IN_PAGE, guess);
                    if (answer.body().contains(THROTTLED)) {
                        firstRefused.countDown();
                    }
                    return answer;
                });
            }
            Browserless owner = new Browserless(base);
            Map<String, String> right = owner.signInForm(ACME, email, PASSWORD);
            guesses.add(() -> {
                firstRefused.await(250, TimeUnit.MILLISECONDS);
                return owner.post(ACME, Browserless.SIGN_IN_PAGE, right);
            });

            List<HttpResponse<String>> answers = AtOnce.run(guesses);

            HttpResponse<String> rightOne = answers.get(answers.size() - 1);
            assertEquals(200, rightOne.statusCode(), "the right guess among parallel ones signed in");
            assertTrue(rightOne.body().contains(THROTTLED), rightOne.body());
            assertTrue(answers.stream().noneMatch(answer -> answer.statusCode() == 302), "a guess signed in");
            assertEquals(1, answers.stream().filter(answer -> answer.body().contains(FAILED)).count(),
                    "only one guess may be checked before the wait starts");
        } finally {
            forgetFailedSignIns();
        }
    }

    /** One wrong guess that the throttle checks: sent again, half a second apart, while it is told to wait. */
    private void failOnceLetThrough(String email, String guess) throws IOException, InterruptedException {
        for (int tries = 0; tries < 60; tries++) {
            String body = new Browserless(base).signIn(ACME, email, guess).body();
            if (body.contains(FAILED)) {
                return;
            }
            assertTrue(body.contains(THROTTLED), body);
            Thread.sleep(500);
        }
        throw new AssertionError("the throttle never let a guess through after its wait");
    }

    @Test
    void severalSignInsOfOneAccountAtOnceAllSucceed() throws Exception {
        String email = "ava@globex.example";
        // An old hash too, so that each sign-in also wants to replace it.
        useLegacyHash(email);
        for (int round = 0; round < 3; round++) {
            List<Callable<HttpResponse<String>>> signIns = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                signIns.add(() -> new Browserless(base).signIn(ACME, email, PASSWORD));
            }
            for (HttpResponse<String> answer : AtOnce.run(signIns)) {
                assertEquals(302, answer.statusCode(), "a sign-in at the same time as others failed: "
                        + answer.body());
            }
        }
    }

    @Test
    void aSessionIdInTheUrlIsWorthless() throws SQLException {
        Browserless ava = signedIn(ACME, "ava@globex.example");
        String id = ava.sessionId().orElseThrow();
        String invoice;
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            invoice = db.strings("select i.id from invoice i join client c on c.id = i.client_id where c.name = "
                    + "'Globex' and i.status = 'OPEN' order by i.id").get(0);
        }
        assertEquals(200, ava.download(ACME, "/portal/invoices/pdf?id=" + invoice).statusCode(),
                "the invoice should download with the cookie");

        Browserless thief = new Browserless(base);
        HttpResponse<String> portal = thief.get(ACME, "/portal/;jsessionid=" + id);
        assertFalse(portal.body().contains("Ava Adams"), "the portal opened for a session id in the URL");
        assertEquals(404, portal.statusCode());
        HttpResponse<byte[]> pdf = thief.download(ACME, "/portal/invoices/pdf;jsessionid=" + id + "?id=" + invoice);
        assertNotEquals(200, pdf.statusCode(), "the PDF downloaded for a session id in the URL");
        assertFalse(new String(pdf.body(), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals(200, ava.get(ACME, "/portal/").statusCode(), "the cookie's session should still work");
    }

    /** The guessing tests fail from this machine's address; other tests from it must not find it throttled. */
    private static void forgetFailedSignIns() throws SQLException {
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            db.update("delete from sign_in_throttle where throttle_key <> '*'");
        }
    }

    private static void useLegacyHash(String email) throws Exception {
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            db.update("update user_account set password_hash = '" + legacyHash(PASSWORD) + "' where email = '"
                    + email + "'");
        }
    }

    /** A hash as Jakarta Security's defaults made it: 2,048 iterations, in its stored format. */
    private static String legacyHash(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 2048, 64 * 8)).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA512:2048:" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }

    private void assertLandsOn(String host, String email, String home) {
        HttpResponse<String> signIn = new Browserless(base).signIn(host, email, PASSWORD);
        assertEquals(302, signIn.statusCode(), email + ": " + signIn.body());
        assertTrue(signIn.headers().firstValue("Location").orElse("").endsWith(home), email);
    }

    private Browserless signedIn(String host, String email) {
        Browserless agent = new Browserless(base);
        assertEquals(302, agent.signIn(host, email, PASSWORD).statusCode(), email);
        return agent;
    }

    /** Every page the WAR under test contains, read from the archive itself so a new page cannot be forgotten. */
    private static List<String> pagesOfTheApplication() throws IOException {
        try (ZipFile war = new ZipFile(System.getProperty("portal.war"))) {
            return war.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> name.endsWith(".xhtml") && !name.startsWith("WEB-INF/")
                            && !name.startsWith("resources/"))
                    .map(name -> "/" + name)
                    .sorted()
                    .toList();
        }
    }

    /** The page without what differs on every response anyway: field values (the view state) and the CSP nonce. */
    private static String withoutPerResponseValues(String body) {
        return body.replaceAll("value=\"[^\"]*\"", "").replaceAll("nonce=\"[^\"]*\"", "")
                .replaceAll("csp\\.init\\('[^']*'\\)", "");
    }

    private static void setActive(String email, boolean active) throws SQLException {
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            db.update("update user_account set active = " + active + " where email = '" + email + "'");
        }
    }
}
