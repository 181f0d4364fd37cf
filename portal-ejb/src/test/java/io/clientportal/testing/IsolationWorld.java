package io.clientportal.testing;

import io.clientportal.clients.Client;
import io.clientportal.invoicing.ApprovedTimeInvoicing;
import io.clientportal.invoicing.Invoice;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import io.clientportal.portal.PortalScope;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantKind;
import io.clientportal.tenancy.TenantScope;
import io.clientportal.work.Person;
import io.clientportal.work.Project;
import io.clientportal.work.TimeEntry;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Two agencies, each with two clients, written through the real entities: for every client an open, a paid, a draft
 * and a void invoice billed from approved time, plus submitted and rejected time, and at the first agency an internal
 * project. Names carry the owner ("A1 …", "B2 …") and every rate is a recognisable marker, so a leak is easy to spot.
 */
public final class IsolationWorld {

    /** When the test's records were created: any fixed instant, no test reads the real time. */
    private static final Instant CREATED = Instant.parse("2026-01-01T09:00:00Z");

    /** A marker rate: it must never appear anywhere a contact can read. */
    public static final Money MARKER_BILLABLE_RATE = Money.of("987.65");
    public static final Money MARKER_COST_RATE = Money.of("456.78");
    public static final Money MARKER_PROJECT_RATE = Money.of("123.45");

    public final TenantScope agencyA;
    public final TenantScope agencyB;
    public final ClientWorld a1;
    public final ClientWorld a2;
    public final ClientWorld b1;
    public final ClientWorld b2;
    public final long internalProjectA;

    /** What one client has, by id. */
    public record ClientWorld(PortalScope scope, long projectId, String projectName, long openInvoiceId,
                              String openInvoiceNumber, long paidInvoiceId, long draftInvoiceId, long voidInvoiceId,
                              List<Long> approvedEntryIds, long submittedEntryId, long rejectedEntryId) {
    }

    private IsolationWorld(TestPersistence persistence, String suffix) {
        agencyA = createAgency(persistence, "a" + suffix);
        agencyB = createAgency(persistence, "b" + suffix);
        a1 = createClient(persistence, agencyA, "A1");
        a2 = createClient(persistence, agencyA, "A2");
        b1 = createClient(persistence, agencyB, "B1");
        b2 = createClient(persistence, agencyB, "B2");
        internalProjectA = persistence.inTransaction(persistence.scoped(agencyA), em -> {
            Project internal = Project.internal("A internal tooling", CREATED);
            em.persist(internal);
            em.flush();
            return internal.getId();
        });
    }

    /** Builds the world; the suffix keeps subdomains unique when several worlds share a database. */
    public static IsolationWorld create(TestPersistence persistence, String suffix) {
        return new IsolationWorld(persistence, suffix);
    }

    private static TenantScope createAgency(TestPersistence persistence, String subdomain) {
        return persistence.inTransaction(persistence.unscoped(), em -> {
            Tenant tenant = new Tenant(TenantKind.AGENCY, subdomain, "Agency " + subdomain,
                    "http://" + subdomain + ".localhost:8080", ZoneId.of("Europe/Warsaw"), Currency.getInstance("EUR"),
                    CREATED);
            em.persist(tenant);
            em.flush();
            return tenant.scope();
        });
    }

    private static ClientWorld createClient(TestPersistence persistence, TenantScope agency, String label) {
        EntityManager em = persistence.scoped(agency);
        return persistence.inTransaction(em, tx -> {
            Client client = new Client(label + " Client", CREATED);
            tx.persist(client);
            Project project = Project.forClient(client, label + " Website", null, CREATED);
            tx.persist(project);
            Person person = new Person(label + " Person", label.toLowerCase() + "@agency.example",
                    MARKER_COST_RATE, MARKER_BILLABLE_RATE, CREATED);
            tx.persist(person);

            List<TimeEntry> approved = new ArrayList<>();
            for (int day = 1; day <= 12; day++) {
                TimeEntry entry = new TimeEntry(person, project, LocalDate.of(2026, 1, day), Hours.of("2.50"),
                        label + " work on day " + day, CREATED);
                entry.submit();
                entry.approve("reviewer@agency.example", Instant.parse("2026-02-01T10:00:00Z"));
                tx.persist(entry);
                approved.add(entry);
            }
            TimeEntry submitted = new TimeEntry(person, project, LocalDate.of(2026, 1, 20), Hours.of("1.00"),
                    label + " submitted only", CREATED);
            submitted.submit();
            tx.persist(submitted);
            TimeEntry rejected = new TimeEntry(person, project, LocalDate.of(2026, 1, 21), Hours.of("1.00"),
                    label + " rejected", CREATED);
            rejected.submit();
            rejected.reject("reviewer@agency.example", Instant.parse("2026-02-01T10:00:00Z"));
            tx.persist(rejected);

            Invoice open = invoice(tx, client, approved.subList(0, 3), label + "-OPEN", false);
            Invoice paid = invoice(tx, client, approved.subList(3, 6), label + "-PAID", true);
            Invoice draft = invoice(tx, client, approved.subList(6, 9), null, false);
            Invoice voided = invoice(tx, client, approved.subList(9, 12), label + "-VOID", false);
            voided.voidInvoice();
            tx.flush();

            return new ClientWorld(new PortalScope(agency.tenantId(), client.getId()), project.getId(),
                    project.getName(), open.getId(), open.getNumber(), paid.getId(), draft.getId(), voided.getId(),
                    approved.stream().map(TimeEntry::getId).toList(), submitted.getId(), rejected.getId());
        });
    }

    private static Invoice invoice(EntityManager em, Client client, List<TimeEntry> entries, String number,
                                   boolean paid) {
        Invoice invoice = ApprovedTimeInvoicing.draft(client, DateRange.month(LocalDate.of(2026, 1, 1)),
                Currency.getInstance("EUR"), new BigDecimal("20"), entries, CREATED);
        if (number != null) {
            invoice.issue(number, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 15));
        }
        if (paid) {
            invoice.markPaid(invoice.getTotal(), Instant.parse("2026-02-10T12:00:00Z"));
        }
        em.persist(invoice);
        em.flush();
        entries.forEach(entry -> entry.markBilled(invoice.getId()));
        return invoice;
    }
}
