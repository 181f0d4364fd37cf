package io.clientportal.demo;

import io.clientportal.clients.Client;
import io.clientportal.identity.Role;
import io.clientportal.kernel.Money;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantKind;
import io.clientportal.tenancy.TenantScope;
import io.clientportal.work.Person;
import io.clientportal.work.Project;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.awt.Color;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the demo agencies hold. Acme's staff rates are recognisable markers (987.65, 456.78) so tests can prove no
 * rate ever reaches a portal page; its work spans the last five months so every invoice state and "this month"
 * have something to show.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoAgencies {

    @EJB
    private DemoWriter writer;

    @Inject
    @ConfigProperty(name = "portal.http.port", defaultValue = "8080")
    private int httpPort;

    @Inject
    private Clock clock;

    public boolean databaseIsEmpty() {
        return writer.databaseIsEmpty();
    }

    public void createPlatform() {
        TenantScope platform = writer.createTenant(tenant(TenantKind.PLATFORM, "platform", "Client Portal",
                "UTC", "USD"));
        writer.populate(platform, agency -> agency.member(Role.SUPER_ADMIN, "root@platform.example", "Rita Root"));
    }

    public void createAcme() {
        Tenant acme = tenant(TenantKind.AGENCY, "acme", "Acme Digital", "America/New_York", "USD");
        acme.setBillingDetails("Acme Digital LLC", "500 Market Street\nSan Francisco, CA 94105\nUSA",
                "billing@acme.example", "US-94-1234567");
        acme.setBranding(DemoLogo.monogram('A', new Color(0x1f, 0x6f, 0xeb)), "image/png", "#1f6feb");
        writer.populate(writer.createTenant(acme), DemoAgencies::acmeWork);
    }

    private static void acmeWork(DemoAgency agency) {
        agency.member(Role.ADMIN, "admin@acme.example", "Alice Admin");
        agency.member(Role.STAFF, "sam@acme.example", "Sam Staff");

        Person sam = agency.person("Sam Carter", "sam@acme.example", "456.78", "987.65");
        Person jurgen = agency.person("Jürgen Müller", "jurgen@acme.example", "61.50", "140.00");

        Client globex = agency.client("Globex", "accounts@globex.example",
                "Globex Sp. z o.o.\nul. Piotrkowska 12\n90-001 Łódź\nPoland");
        Client initech = agency.client("Initech", "ap@initech.example", "Initech Inc.\n4120 Freidrich Lane\nAustin, TX");
        Client hooli = agency.client("Hooli", "finance@hooli.example", "Hooli XYZ\n1 Hacker Way\nPalo Alto, CA");

        Project website = agency.project(globex, "Globex Website Redesign", Money.of("150.00"));
        Project app = agency.project(globex, "Globex Mobile App", Money.of("165.00"));
        Project erp = agency.project(initech, "Initech TPS Integration", Money.of("140.00"));
        Project search = agency.project(hooli, "Hooli Search Audit", null);
        Project internal = agency.internalProject("Acme Internal Tooling");

        YearMonth now = agency.currentMonth();
        for (int back = 4; back >= 0; back--) {
            YearMonth month = now.minusMonths(back);
            boolean current = back == 0;
            agency.work(sam, website, month, current);
            agency.work(jurgen, app, month, current);
            agency.work(sam, erp, month, current);
            agency.work(jurgen, search, month, current);
            agency.work(sam, internal, month, current);
        }

        // In the order they were issued, so the numbers run in date order.
        agency.paidInvoice(globex, now.minusMonths(4));
        agency.paidInvoice(globex, now.minusMonths(3));
        agency.paidInvoice(initech, now.minusMonths(3));
        agency.voidInvoice(globex, now.minusMonths(2));
        agency.overdueInvoice(globex, now.minusMonths(2));
        agency.overdueInvoice(initech, now.minusMonths(2));
        agency.openInvoice(globex, now.minusMonths(1));
        agency.openInvoice(initech, now.minusMonths(1));
        agency.openInvoice(hooli, now.minusMonths(1));
        agency.draftInvoice(globex, now);

        agency.contact(globex, "ava@globex.example", "Ava Adams");
        agency.contact(globex, "ben@globex.example", "Ben Brooks");
        agency.invitedContact(globex, "gina@globex.example", "Gina Gray");
        agency.deactivatedContact(globex, "hank@globex.example", "Hank Hill");
        agency.contact(initech, "cara@initech.example", "Cara Cole");
        agency.apiKey("Demo key of the README", DemoLogins.ACME_API_KEY);
    }

    public void createUmbrella() {
        Tenant umbrella = tenant(TenantKind.AGENCY, "umbrella", "Umbrella Studio", "Europe/Berlin", "EUR");
        umbrella.setBillingDetails("Umbrella Studio GmbH", "Ærøskøbinger Straße 7\n10115 Berlin\nGermany",
                "rechnung@umbrella.example", "DE123456789");
        writer.populate(writer.createTenant(umbrella), agency -> {
            agency.member(Role.ADMIN, "admin@umbrella.example", "Uma Admin");
            Person lena = agency.person("Lena Vogel", "lena@umbrella.example", "55.00", "120.00");
            Client raccoon = agency.client("Raccoon Logistics", "ap@raccoon.example",
                    "Raccoon Logistics AG\nHauptstraße 1\nRaccoon City");
            Project portal = agency.project(raccoon, "Raccoon Fleet Portal", Money.of("130.00"));
            YearMonth now = agency.currentMonth();
            for (int back = 3; back >= 0; back--) {
                agency.work(lena, portal, now.minusMonths(back), back == 0);
            }
            agency.paidInvoice(raccoon, now.minusMonths(3));
            agency.paidInvoice(raccoon, now.minusMonths(2));
            agency.openInvoice(raccoon, now.minusMonths(1));
            agency.contact(raccoon, "dan@umbrella-client.example", "Dan Diaz");
        });
    }

    private Tenant tenant(TenantKind kind, String subdomain, String name, String zone, String currency) {
        return new Tenant(kind, subdomain, name, "http://" + subdomain + ".localhost:" + httpPort,
                ZoneId.of(zone), Currency.getInstance(currency), clock.instant());
    }
}
