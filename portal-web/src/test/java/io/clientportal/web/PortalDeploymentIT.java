package io.clientportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.testing.TestDatabase;
import io.clientportal.web.testing.ContainerTestDatabase;
import io.clientportal.web.testing.DemoDatabase;
import io.clientportal.web.testing.Browserless;
import io.clientportal.web.testing.PortalWar;
import io.clientportal.web.testing.SuiteClock;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR, as the build produced it, on Payara Micro against PostgreSQL: it migrates the schema, fills the demo
 * data, answers its health check, and serves each tenant on its own host and nobody on an unknown one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalDeploymentIT {

    @ArquillianResource
    private URL base;

    private Browserless http;

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalWar.asBuilt();
    }

    @BeforeEach
    void client() {
        http = new Browserless(base);
    }

    @Test
    void healthIsUpBecauseTheDatabaseAnswersAndTheApplicationServes() {
        HttpResponse<String> health = http.get("127.0.0.1", "/api/health");
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"UP\",\"checks\":{\"database\":\"UP\",\"schema\":\"UP\",\"demoData\":\"UP\","
                + "\"tenants\":\"UP\"}}", health.body());
        assertEquals("no-store", health.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void readinessIsServedByMicroProfileHealthOnTheServersOwnAddressOnly() {
        HttpResponse<String> ready = http.get("127.0.0.1", "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        String compact = ready.body().replaceAll("\\s", "");
        assertTrue(compact.contains("{\"name\":\"portal\",\"status\":\"UP\""), ready.body());
        // UP or DOWN, nothing of what the check looked at (Payara adds an empty "data"): it needs no sign-in.
        assertFalse(compact.replace("\"data\":{}", "").contains("data") || compact.contains("database"),
                ready.body());
        assertEquals(200, http.get("127.0.0.1", "/health").statusCode());
        for (String host : new String[] {"acme.localhost", "umbrella.localhost", "platform.localhost"}) {
            for (String path : new String[] {"/health", "/health/ready", "/health/live"}) {
                HttpResponse<String> closed = http.get(host, path);
                assertEquals(404, closed.statusCode(), host + path);
                assertFalse(closed.body().contains("portal\""), host + path + ": " + closed.body());
            }
        }
    }

    @Test
    void eachAgencyIsServedOnItsOwnSubdomain() {
        HttpResponse<String> acme = http.get("acme.localhost", "/login.xhtml");
        assertEquals(200, acme.statusCode(), acme.body());
        assertTrue(acme.body().contains("Acme Digital"), acme.body());
        assertFalse(acme.body().contains("Umbrella"), "another agency's name on acme's portal");

        HttpResponse<String> umbrella = http.get("umbrella.localhost", "/login.xhtml");
        assertEquals(200, umbrella.statusCode(), umbrella.body());
        assertTrue(umbrella.body().contains("Umbrella Studio"), umbrella.body());
        assertFalse(umbrella.body().contains("Acme"), "another agency's name on umbrella's portal");
    }

    @Test
    void anUnknownSubdomainIsNoPortalAtAll() {
        for (String host : new String[] {"nope.localhost", "127.0.0.1", "localhost", "acme-evil.localhost"}) {
            HttpResponse<String> response = http.get(host, "/portal/");
            assertEquals(404, response.statusCode(), host);
            assertTrue(response.body().contains("No such portal"), host + ": " + response.body());
            assertFalse(response.body().contains("Acme") || response.body().contains("Umbrella"), host);
        }
    }

    @Test
    void thePlatformHasNoClientPortal() {
        HttpResponse<String> response = http.get("platform.localhost", "/portal/");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("No such portal"));
        response = http.get("platform.localhost", "/portal/index.xhtml");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("No such portal"));
    }

    @Test
    void theDemoDataHasEverythingTheDemoNeeds() throws SQLException {
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            // Other container tests may open agencies of their own in this database.
            assertTrue(db.strings("select subdomain from tenant")
                    .containsAll(List.of("acme", "platform", "umbrella")));
            assertEquals(List.of("Globex", "Hooli", "Initech"), db.strings("select c.name from client c "
                    + "join tenant t on t.id = c.tenant_id where t.subdomain = 'acme' order by 1"));
            assertEquals(List.of("DRAFT", "OPEN", "PAID", "VOID"), db.strings("select distinct status from invoice "
                    + "where tenant_id = (select id from tenant where subdomain = 'acme') order by 1"));
            // The server's today, not the database's: the suite may run the server on another day.
            assertTrue(db.count("select count(*) from invoice where status = 'OPEN' and due_date < '"
                    + SuiteClock.todayAtAcme() + "'") > 0,
                    "an overdue invoice");
            assertEquals(List.of("APPROVED", "REJECTED", "SUBMITTED"),
                    db.strings("select distinct status from time_entry order by 1"));
            assertEquals(1, db.count("select count(*) from project where client_id is null"), "one internal project");
            assertEquals(List.of("admin@acme.example:ADMIN", "ava@globex.example:CLIENT:Globex",
                    "ben@globex.example:CLIENT:Globex", "cara@initech.example:CLIENT:Initech",
                    "dan@umbrella-client.example:CLIENT:Raccoon Logistics", "gina@globex.example:CLIENT:Globex",
                    "hank@globex.example:CLIENT:Globex", "sam@acme.example:STAFF"),
                    db.strings("select u.email || ':' || u.role || coalesce(':' || c.name, '') from user_account u "
                            + "left join client c on c.id = u.portal_client_id where u.role <> 'SUPER_ADMIN' "
                            + "and u.tenant_id in (select id from tenant where subdomain in ('acme', 'umbrella')) "
                            + "and u.email not like 'admin@umbrella%' and u.email not like '%@new.globex.example' "
                            + "order by 1"));
            assertEquals(List.of("gina@globex.example:INVITED", "hank@globex.example:DEACTIVATED"),
                    db.strings("select email || ':' || case when not active then 'DEACTIVATED' "
                            + "when password_hash is null then 'INVITED' end from user_account "
                            + "where email in ('gina@globex.example', 'hank@globex.example') order by 1"));
            assertEquals(0, db.count("select count(*) from user_account where password_hash is not null and "
                    + "password_hash not like 'PBKDF2WithHmacSHA512:210000:%'"),
                    "every demo password is hashed with 210,000 iterations");
        }
    }

    @Test
    void everyInvoiceBilledFromTimeHasTheHoursOfItsEntries() throws SQLException {
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            assertTrue(db.count("select count(*) from time_entry where invoice_id is not null") > 100);
            assertEquals(0, db.count("select count(*) from invoice_line l where l.hours is not null and l.hours <> "
                    + "(select sum(t.hours) from time_entry t where t.invoice_id = l.invoice_id "
                    + "and t.project_id = l.project_id)"), "a line whose hours differ from its entries");
            assertEquals(0, db.count("select count(*) from invoice i where i.subtotal <> "
                    + "(select coalesce(sum(l.amount), 0) from invoice_line l where l.invoice_id = i.id)"));
        }
    }

    @Test
    void eachAgencyWearsItsOwnColourAndLogo() {
        HttpResponse<String> acmeTheme = http.get("acme.localhost", "/branding/theme.css");
        assertEquals(200, acmeTheme.statusCode());
        assertTrue(acmeTheme.body().contains("--portal-accent: #1f6feb;"), acmeTheme.body());
        assertEquals("image/png", http.get("acme.localhost", "/branding/logo").headers()
                .firstValue("Content-Type").orElse(""));
        assertTrue(http.get("acme.localhost", "/login.xhtml").body().contains("/branding/logo"));

        assertFalse(http.get("umbrella.localhost", "/branding/theme.css").body().contains("#1f6feb"));
        assertEquals(404, http.get("umbrella.localhost", "/branding/logo").statusCode(), "umbrella has no logo");
        assertFalse(http.get("umbrella.localhost", "/login.xhtml").body().contains("/branding/logo"));
        assertEquals(404, http.get("nope.localhost", "/branding/theme.css").statusCode());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        String[][] responses = {
            {"acme.localhost", "/login.xhtml"},
            {"acme.localhost", "/portal/"},
            {"acme.localhost", "/does-not-exist.xhtml"},
            {"nope.localhost", "/portal/"},
            {"127.0.0.1", "/api/health"},
            {"acme.localhost", "/branding/theme.css"},
        };
        for (String[] r : responses) {
            HttpResponse<String> response = http.get(r[0], r[1]);
            String what = r[0] + r[1] + " (" + response.statusCode() + ")";
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), what);
            assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""), what);
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("")
                    .contains("frame-ancestors 'none'"), what);
            assertFalse(response.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS over HTTP");
            String cache = response.headers().firstValue("Cache-Control").orElse("");
            assertTrue(r[1].startsWith("/branding/") ? !cache.contains("no-store") : cache.contains("no-store"),
                    what + " Cache-Control: " + cache);
        }
    }

    @Test
    void pagesRunOnlyTheirOwnNoncedScriptsAndEverythingElseNoScriptAtAll() {
        HttpResponse<String> page = http.get("acme.localhost", "/login.xhtml");
        String script = page.headers().allValues("Content-Security-Policy").stream()
                .filter(policy -> policy.contains("script-src")).findFirst().orElse("");
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(script);
        assertTrue(nonce.find(), "no nonce policy: " + page.headers().allValues("Content-Security-Policy"));
        assertFalse(script.substring(script.indexOf("script-src")).contains("unsafe"), "scripts: " + script);
        assertTrue(script.contains("object-src 'none'") && script.contains("base-uri 'none'"), script);
        // Every script of the page carries this response's nonce: no inline handler or unmarked script is left.
        Matcher tags = Pattern.compile("<script[^>]*>").matcher(page.body());
        int scripts = 0;
        while (tags.find()) {
            scripts++;
            assertTrue(tags.group().contains("nonce=\"" + nonce.group(1) + "\""), tags.group());
        }
        assertTrue(scripts > 0, "the page loads PrimeFaces' script");
        assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(page.body()).find(), "an inline event handler");
        for (String[] other : new String[][] {{"acme.localhost", "/branding/theme.css"}, {"127.0.0.1", "/api/health"},
            {"acme.localhost", "/does-not-exist.xhtml"}}) {
            String policy = http.get(other[0], other[1]).headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.startsWith("default-src 'none'"), other[1] + ": " + policy);
        }
    }

    @Test
    void noServerVersionOrStackTraceLeaks() {
        HttpResponse<String> missing = http.get("acme.localhost", "/does-not-exist.xhtml");
        assertEquals(404, missing.statusCode());
        assertFalse(missing.body().contains("Payara"), missing.body());
        assertFalse(missing.headers().firstValue("X-Powered-By").isPresent());
        assertFalse(missing.headers().firstValue("Server").orElse("").contains("Payara"));
    }
}
