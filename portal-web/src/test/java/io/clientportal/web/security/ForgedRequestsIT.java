package io.clientportal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.testing.TestDatabase;
import io.clientportal.web.testing.Browserless;
import io.clientportal.web.testing.ContainerTestDatabase;
import io.clientportal.web.testing.DemoDatabase;
import io.clientportal.web.testing.PortalWar;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cross-site request forgery against a state-changing action (an admin deactivating a contact): only a POST carrying
 * the view state of the admin's own page changes anything. A missing, forged or another session's view state, or the
 * same action sent by GET, changes nothing and shows no stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForgedRequestsIT {

    private static final String ACME = "acme.localhost";
    private static final String PAGE = "/admin/contacts/index.xhtml";
    private static final String VICTIM = "ben@globex.example";
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    @ArquillianResource
    private URL base;

    private Browserless admin;

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalWar.asBuilt();
    }

    @BeforeEach
    void signIn() {
        admin = signedIn();
    }

    @AfterEach
    void keepBenActive() throws SQLException {
        try (DemoDatabase db = database()) {
            db.update("update user_account set active = true where email = '" + VICTIM + "'");
        }
    }

    @Test
    void theAdminsOwnPostDeactivates() throws SQLException {
        // The control: the request the attacks below imitate does work when it is genuine.
        String page = admin.get(ACME, PAGE).body();
        HttpResponse<String> done = admin.post(ACME, PAGE, deactivation(page, viewState(page)));
        assertEquals(200, done.statusCode());
        assertFalse(benIsActive(), "the genuine post did not deactivate");
    }

    @Test
    void aPostWithoutViewStateChangesNothing() throws SQLException {
        String page = admin.get(ACME, PAGE).body();
        Map<String, String> form = deactivation(page, null);
        assertRefusedQuietly(admin.post(ACME, PAGE, form));
    }

    @Test
    void aForgedViewStateChangesNothing() throws SQLException {
        String page = admin.get(ACME, PAGE).body();
        for (String forged : new String[] {"-1234567890:987654321", "stateless", "<script>alert(1)</script>",
            viewState(page) + "0"}) {
            assertRefusedQuietly(admin.post(ACME, PAGE, deactivation(page, forged)));
        }
    }

    @Test
    void anotherSessionsViewStateChangesNothing() throws SQLException {
        // The attacker is an admin too, with a page of its own: its view state is worthless in the victim's session.
        String attackersPage = signedIn().get(ACME, PAGE).body();
        String page = admin.get(ACME, PAGE).body();
        assertRefusedQuietly(admin.post(ACME, PAGE, deactivation(page, viewState(attackersPage))));
    }

    @Test
    void theActionByGetChangesNothing() throws SQLException {
        String page = admin.get(ACME, PAGE).body();
        StringBuilder query = new StringBuilder(PAGE).append('?');
        deactivation(page, viewState(page)).forEach((name, value) -> query.append(encode(name)).append('=')
                .append(encode(value)).append('&'));
        HttpResponse<String> response = admin.get(ACME, query.toString());
        assertTrue(benIsActive(), "a GET deactivated the contact");
        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
        assertTrue(response.body().contains("can only be made with the page's own buttons"), response.body());
        // The same with the parameter's name percent-encoded, as the container decodes it for Faces.
        HttpResponse<String> disguised = admin.get(ACME, query.toString().replace("jakarta.faces.ViewState",
                "jakarta%2Efaces%2EViewState"));
        assertEquals(405, disguised.statusCode());
        assertTrue(benIsActive(), "a disguised GET deactivated the contact");
        assertFalse(response.body().contains("Exception"), response.body());
    }

    private void assertRefusedQuietly(HttpResponse<String> response) throws SQLException {
        assertTrue(benIsActive(), "a forged post deactivated the contact");
        assertFalse(response.body().contains("Contact deactivated"), "claims success");
        assertFalse(response.body().contains("Exception") || response.body().contains("at jakarta."),
                "a stack trace: " + response.body());
    }

    /** The form fields of a press on the victim's "deactivate" button, with the given view state (none if null). */
    private static Map<String, String> deactivation(String page, String viewState) {
        String row = page.substring(page.lastIndexOf("<tr", page.indexOf(VICTIM)));
        Matcher button = Pattern.compile("name=\"(contacts:list:\\d+:deactivate)\"").matcher(row);
        assertTrue(button.find(), "no deactivate button for " + VICTIM);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("contacts", "contacts");
        form.put(button.group(1), "");
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        return form;
    }

    private static String viewState(String page) {
        Matcher state = VIEW_STATE.matcher(page);
        assertTrue(state.find(), "no view state on the page");
        return state.group(1);
    }

    private Browserless signedIn() {
        Browserless agent = new Browserless(base);
        assertEquals(302, agent.signIn(ACME, "admin@acme.example", "demo-password-123").statusCode());
        return agent;
    }

    private static boolean benIsActive() throws SQLException {
        try (DemoDatabase db = database()) {
            return db.count("select count(*) from user_account where active and email = '" + VICTIM + "'") == 1;
        }
    }

    private static DemoDatabase database() throws SQLException {
        return new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
