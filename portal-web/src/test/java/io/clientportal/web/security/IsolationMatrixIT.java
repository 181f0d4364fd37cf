package io.clientportal.web.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.testing.TestDatabase;
import io.clientportal.web.security.DemoObject.Kind;
import io.clientportal.web.security.Identity.Role;
import io.clientportal.web.security.Route.Audience;
import io.clientportal.web.security.Route.Shows;
import io.clientportal.web.testing.Browserless;
import io.clientportal.web.testing.ContainerTestDatabase;
import io.clientportal.web.testing.DemoDatabase;
import io.clientportal.web.testing.PortalWar;
import io.clientportal.web.testing.SuiteClock;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The isolation matrix: every route × every identity × every host × the ids of every scope, each answer checked
 * against what that identity may read. An allowed answer must show its object; a refused one must be a refusal
 * (sign-in redirect, 401, 403 or 404); and no answer, allowed or not, may carry an invoice number, project or client
 * name the identity may not read, or (but for admins) a person's marker rate. One leak fails the suite.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IsolationMatrixIT {

    private static final String PASSWORD = "demo-password-123";
    private static final List<String> HOSTS = List.of("acme", "umbrella", "platform");
    /** Sam's cost and billable rates in the demo data: only an admin may ever see them. */
    private static final List<String> MARKER_RATES = List.of("456.78", "987.65");
    private static final Set<Integer> REFUSALS = Set.of(401, 403, 404);
    /** Acme's key of the demo data (README): another agency's host and every session must refuse it. */
    private static final String ACME_API_KEY = "cp_demoacme_DemoKeyOfTheReadmeExamplesNeverUseItForReal";
    /** What Payara's metrics, OpenAPI and health endpoints answer with, were they open. */
    private static final List<String> SERVER_FIGURES = List.of("# TYPE ", "jvm", "openapi:", "<application",
            "\"checks\":[");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalWar.asBuilt();
    }

    @Test
    void noIdentityReachesAnythingOutsideItsScope() throws SQLException {
        List<Route> routes = routes();
        List<Identity> identities = identities();
        Map<String, String> failures = new LinkedHashMap<>();
        Map<Expected, Integer> outcomes = new EnumMap<>(Expected.class);
        int cells = 0;
        int objectIds = 0;
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            List<DemoObject> objects = objects(db);
            objectIds = objects.size();
            for (Identity identity : identities) {
                Map<String, Browserless> agents = agents(identity, db);
                for (String host : HOSTS) {
                    for (Route route : routes) {
                        for (DemoObject object : targets(route, objects)) {
                            cells++;
                            outcomes.merge(check(agents.get(host), identity, host, route, object, objects, failures),
                                    1, Integer::sum);
                        }
                    }
                }
            }
        } finally {
            reactivateBen();
        }
        System.out.printf("Isolation matrix: %d identities x %d hosts x %d routes, %d object ids = %d requests "
                + "(%s), %d leaks or wrong answers%n", identities.size(), HOSTS.size(), routes.size(), objectIds, cells,
                outcomes, failures.size());
        // An oracle that expected nothing to be shown would pass a portal that shows nothing.
        assertTrue(outcomes.getOrDefault(Expected.SHOWN, 0) > 100, "allowed cells: " + outcomes);
        assertTrue(failures.isEmpty(), failures.size() + " failures of " + cells + ":\n"
                + String.join("\n", failures.entrySet().stream().limit(40)
                .map(e -> e.getKey() + " -> " + e.getValue()).toList()));
    }

    private static List<Route> routes() {
        LocalDate today = SuiteClock.todayAtAcme();
        String lastTwoYears = "from=" + today.minusYears(2).withDayOfYear(1) + "&to=" + today;
        return List.of(
                Route.page("/login.xhtml", Audience.PUBLIC),
                Route.page("/api/health", Audience.PUBLIC),
                Route.page("/portal/", Audience.PORTAL),
                Route.page("/portal/invoices.xhtml?preset=this-year", Audience.PORTAL),
                Route.page("/portal/hours.xhtml?preset=this-year", Audience.PORTAL),
                Route.page("/portal/hours.csv?" + lastTwoYears, Audience.PORTAL),
                Route.of("/portal/invoice.xhtml?id={id}", Audience.PORTAL, Kind.INVOICE, Shows.MARKER),
                Route.of("/portal/invoices/pdf?id={id}", Audience.PORTAL, Kind.INVOICE, Shows.PDF),
                Route.of("/portal/hours.xhtml?preset=this-year&project={id}", Audience.PORTAL, Kind.PROJECT,
                        Shows.MARKER),
                Route.of("/portal/hours.csv?" + lastTwoYears + "&project={id}", Audience.PORTAL, Kind.PROJECT,
                        Shows.CSV),
                Route.page("/admin/", Audience.AGENCY),
                Route.page("/admin/clients/index.xhtml", Audience.AGENCY),
                Route.of("/admin/clients/edit.xhtml?id={id}", Audience.AGENCY, Kind.CLIENT, Shows.MARKER),
                Route.page("/admin/projects/index.xhtml", Audience.AGENCY),
                Route.of("/admin/projects/edit.xhtml?id={id}", Audience.AGENCY, Kind.PROJECT, Shows.MARKER),
                Route.page("/admin/people/index.xhtml", Audience.AGENCY),
                Route.of("/admin/people/edit.xhtml?id={id}", Audience.AGENCY, Kind.PERSON, Shows.MARKER),
                Route.page("/admin/time/index.xhtml?preset=this-month", Audience.AGENCY),
                Route.of("/admin/time/review.xhtml?client={id}", Audience.AGENCY, Kind.CLIENT, Shows.NOTHING),
                Route.page("/admin/time/import.xhtml", Audience.AGENCY),
                Route.page("/admin/invoices/index.xhtml", Audience.AGENCY),
                Route.of("/admin/invoices/index.xhtml?client={id}", Audience.AGENCY, Kind.CLIENT, Shows.NOTHING),
                Route.of("/admin/invoices/invoice.xhtml?id={id}", Audience.AGENCY, Kind.INVOICE, Shows.MARKER),
                Route.of("/admin/invoices/pdf?id={id}", Audience.AGENCY, Kind.INVOICE, Shows.PDF),
                Route.of("/admin/contacts/index.xhtml?client={id}", Audience.AGENCY_ADMIN, Kind.CLIENT, Shows.MARKER),
                Route.page("/admin/audit.xhtml", Audience.AGENCY_ADMIN),
                Route.page("/admin/mail.xhtml", Audience.AGENCY_ADMIN),
                Route.page("/admin/api-keys.xhtml", Audience.AGENCY_ADMIN),
                Route.page("/platform/", Audience.PLATFORM),
                Route.page("/api/v1/openapi.json", Audience.PUBLIC),
                Route.page("/api/v1/clients?size=200", Audience.API),
                Route.page("/api/v1/projects?size=200", Audience.API),
                Route.page("/api/v1/people?size=200", Audience.API),
                Route.page("/api/v1/time-entries?size=200", Audience.API),
                Route.page("/api/v1/invoices?size=200", Audience.API),
                Route.of("/api/v1/clients/{ext}", Audience.API, Kind.CLIENT, Shows.MARKER),
                // Payara's own endpoints: JVM and pool figures, the route list, an UP that means nothing.
                Route.page("/metrics", Audience.SERVER),
                Route.page("/metrics/base", Audience.SERVER),
                Route.page("/metrics/vendor", Audience.SERVER),
                Route.page("/openapi", Audience.SERVER),
                Route.page("/health", Audience.SERVER),
                Route.page("/health/ready", Audience.SERVER));
    }

    private static List<Identity> identities() {
        return List.of(
                Identity.contact("acme", "ava@globex.example", "Globex"),
                Identity.contact("acme", "cara@initech.example", "Initech"),
                Identity.contact("umbrella", "dan@umbrella-client.example", "Raccoon Logistics"),
                new Identity("contact deactivated after signing in", Role.DEACTIVATED_CONTACT, "acme",
                        "ben@globex.example", "Globex"),
                Identity.member(Role.STAFF, "acme", "sam@acme.example"),
                Identity.member(Role.ADMIN, "acme", "admin@acme.example"),
                Identity.member(Role.ADMIN, "umbrella", "admin@umbrella.example"),
                Identity.member(Role.SUPER_ADMIN, "platform", "root@platform.example"),
                Identity.apiKey("acme", ACME_API_KEY),
                Identity.nobody());
    }

    /** Every invoice, project and client of both agencies, read from the server's own database. */
    private static List<DemoObject> objects(DemoDatabase db) throws SQLException {
        List<DemoObject> objects = new ArrayList<>();
        for (String row : db.strings("select i.id || '|' || coalesce(i.number, '') || '|' || t.subdomain || '|' "
                + "|| c.name || '|' || i.status from invoice i join tenant t on t.id = i.tenant_id "
                + "join client c on c.id = i.client_id")) {
            String[] f = row.split("\\|", -1);
            boolean issued = f[4].equals("OPEN") || f[4].equals("PAID");
            objects.add(new DemoObject(Kind.INVOICE, Long.parseLong(f[0]), f[1].isEmpty() ? null : f[1], f[2], f[3],
                    issued, null));
        }
        for (String row : db.strings("select p.id || '|' || p.name || '|' || t.subdomain || '|' "
                + "|| coalesce(c.name, '') from project p join tenant t on t.id = p.tenant_id "
                + "left join client c on c.id = p.client_id")) {
            String[] f = row.split("\\|", -1);
            objects.add(new DemoObject(Kind.PROJECT, Long.parseLong(f[0]), f[1], f[2], f[3].isEmpty() ? null : f[3],
                    !f[3].isEmpty(), null));
        }
        for (String row : db.strings("select c.id || '|' || c.name || '|' || t.subdomain || '|' "
                + "|| coalesce(c.external_id, '') from client c join tenant t on t.id = c.tenant_id")) {
            String[] f = row.split("\\|", -1);
            objects.add(new DemoObject(Kind.CLIENT, Long.parseLong(f[0]), f[1], f[2], f[1], true,
                    f[3].isEmpty() ? null : f[3]));
        }
        for (String row : db.strings("select p.id || '|' || p.name || '|' || t.subdomain from person p "
                + "join tenant t on t.id = p.tenant_id")) {
            String[] f = row.split("\\|", -1);
            objects.add(new DemoObject(Kind.PERSON, Long.parseLong(f[0]), f[1], f[2], null, false, null));
        }
        assertTrue(objects.stream().filter(o -> o.kind() == Kind.INVOICE).count() >= 12, "the demo's invoices");
        return objects;
    }

    private static List<DemoObject> targets(Route route, List<DemoObject> objects) {
        if (route.idKind() == null) {
            return Collections.singletonList(null);
        }
        return objects.stream()
                .filter(o -> o.kind() == route.idKind() && (!route.byExternalId() || o.externalId() != null))
                .toList();
    }

    /**
     * One signed-in agent per host, each with a session of its own: a session refused on a foreign host must not
     * spoil the checks on the home host. The deactivated contact signs in first and is deactivated afterwards.
     */
    private Map<String, Browserless> agents(Identity identity, DemoDatabase db) throws SQLException {
        Map<String, Browserless> agents = new LinkedHashMap<>();
        for (String host : HOSTS) {
            Browserless agent = new Browserless(base);
            if (identity.role() == Role.API_KEY) {
                agent.useApiKey(identity.email());
            } else if (identity.email() != null) {
                int status = agent.signIn(identity.tenant() + ".localhost", identity.email(), PASSWORD).statusCode();
                assertTrue(status == 302, identity.label() + " could not sign in: " + status);
            }
            agents.put(host, agent);
        }
        if (identity.role() == Role.DEACTIVATED_CONTACT) {
            db.update("update user_account set active = false where email = '" + identity.email() + "'");
        }
        return agents;
    }

    private void reactivateBen() throws SQLException {
        try (DemoDatabase db = new DemoDatabase(TestDatabase.existing(ContainerTestDatabase.NAME))) {
            db.update("update user_account set active = true where email = 'ben@globex.example'");
        }
    }

    private static Expected check(Browserless agent, Identity identity, String host, Route route, DemoObject object,
                              List<DemoObject> objects, Map<String, String> failures) {
        String path = route.pathFor(object);
        String cell = identity.label() + " @" + host + " " + path;
        HttpResponse<byte[]> response = agent.download(host + ".localhost", path);
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body = type.startsWith("application/pdf") ? "" : new String(response.body(), StandardCharsets.UTF_8);
        Expected expected = expected(identity, host, route, object);
        String wrong = switch (expected) {
            case SHOWN -> shown(route, object, status, type, response.body(), body);
            case HIDDEN -> status == 200 || status == 404
                    ? (object.marker() != null && appears(body, object.marker()) ? "shows " + object.marker() : null)
                    : "answered " + status + " where 200 without the object or 404 was expected";
            case DENIED -> refused(status, response) ? null : "answered " + status + " (" + type + ") to an outsider";
        };
        if (wrong == null && expected != Expected.SHOWN && type.startsWith("application/pdf")) {
            wrong = "sent a PDF";
        }
        if (wrong == null && route.audience() == Audience.SERVER) {
            wrong = SERVER_FIGURES.stream().filter(body::contains).findFirst()
                    .map(figure -> "shows the server's own figures (" + figure.strip() + ")").orElse(null);
        }
        if (wrong == null) {
            wrong = leak(identity, body, objects);
        }
        if (wrong != null) {
            failures.put(cell, wrong);
        }
        return expected;
    }

    private enum Expected { SHOWN, HIDDEN, DENIED }

    private static Expected expected(Identity identity, String host, Route route, DemoObject object) {
        if (!route.admits(identity, host)) {
            return Expected.DENIED;
        }
        if (object == null) {
            return Expected.SHOWN;
        }
        boolean visible = switch (route.audience()) {
            case PORTAL -> object.portalObjectOf(identity.tenant(), identity.client());
            // The agency's PDF is the client's document: issued invoices only.
            case AGENCY, AGENCY_ADMIN, API -> object.tenant().equals(identity.tenant())
                    && (route.shows() != Shows.PDF || object.inPortal());
            default -> false;
        };
        return visible ? Expected.SHOWN : Expected.HIDDEN;
    }

    private static String shown(Route route, DemoObject object, int status, String type, byte[] bytes, String body) {
        if (status != 200) {
            return "answered " + status + " where the object was expected";
        }
        return switch (route.shows()) {
            case PDF -> type.startsWith("application/pdf") && new String(bytes, 0, Math.min(5, bytes.length),
                    StandardCharsets.ISO_8859_1).equals("%PDF-") ? null : "no PDF but " + type;
            // A project without approved time in the range exports the header line alone.
            case CSV -> type.startsWith("text/csv")
                    && (appears(body, object.marker()) || body.strip().lines().count() == 1)
                    ? null : "no CSV of " + object.marker() + " but " + type;
            case MARKER -> object.marker() == null || appears(body, object.marker()) ? null
                    : "does not show " + object.marker();
            case NOTHING -> null;
        };
    }

    /** Whether the text is in the body as written or as a page escapes it (names may carry markup). */
    private static boolean appears(String body, String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
        return body.contains(text) || body.contains(escaped);
    }

    private static boolean refused(int status, HttpResponse<byte[]> response) {
        if (REFUSALS.contains(status)) {
            return true;
        }
        return status == 302 && response.headers().firstValue("Location").orElse("").contains("/login.xhtml");
    }

    /** The first thing in the body that the identity may not read, or null. */
    private static String leak(Identity identity, String body, List<DemoObject> objects) {
        for (DemoObject other : objects) {
            if (other.marker() != null && !identity.mayRead(other) && appears(body, other.marker())) {
                return "leaks " + other.kind() + " " + other.marker() + " of " + other.tenant() + "/" + other.client();
            }
        }
        if (!identity.mayReadRates("acme")) {
            for (String rate : MARKER_RATES) {
                if (body.contains(rate)) {
                    return "leaks the rate " + rate;
                }
            }
        }
        return null;
    }
}
