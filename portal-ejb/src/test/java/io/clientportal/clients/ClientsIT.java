package io.clientportal.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.ScopedWork;
import io.clientportal.tenancy.TenantScope;
import io.clientportal.testing.IsolationWorld;
import io.clientportal.testing.TestDatabase;
import io.clientportal.testing.TestPersistence;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The agency's clients as its staff keep them, on PostgreSQL: each agency sees, names and edits its own only. */
class ClientsIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final Actor STAFF = new Actor("staff@agency.example", "203.0.113.9");

    private static TestPersistence persistence;
    private static IsolationWorld world;

    @BeforeAll
    static void createWorld() {
        persistence = TestPersistence.on(TestDatabase.recreate("portal_it_clients").dataSource());
        world = IsolationWorld.create(persistence, "clients");
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Test
    void aNewClientIsListedAndAuditedInItsAgencyOnly() {
        Client created = as(world.agencyA, registry -> registry.create(
                new ClientDetails("Umbrella", "ap@umbrella.example", "1 Raccoon Street", "US-1", true), STAFF));

        assertTrue(names(world.agencyA).contains("Umbrella"));
        assertFalse(names(world.agencyB).contains("Umbrella"));
        Client found = as(world.agencyA, registry -> registry.find(created.getId()));
        assertEquals("ap@umbrella.example", found.getBillingEmail());
        assertTrue(persistence.inTransaction(persistence.scoped(world.agencyA), em -> em.createQuery(
                "select count(a) from AuditEvent a where a.action = :action and a.subject = 'Umbrella'", Long.class)
                .setParameter("action", AuditAction.CLIENT_CREATED.name()).getSingleResult()) == 1);
    }

    @Test
    void anotherAgencysClientIsNoSuchClient() {
        Refused refused = assertThrows(Refused.class,
                () -> as(world.agencyA, registry -> registry.find(world.b1.scope().clientId())));
        assertEquals("client", refused.field());
        assertThrows(Refused.class, () -> as(world.agencyA, registry -> registry.update(world.b1.scope().clientId(),
                new ClientDetails("Taken over", null, null, null, false), STAFF)));
        assertTrue(names(world.agencyB).contains("B1 Client"));
        assertFalse(names(world.agencyB).contains("Taken over"));
    }

    @Test
    void aNameIsTakenWithinAnAgencyButFreeInAnother() {
        Refused taken = assertThrows(Refused.class, () -> as(world.agencyA, registry -> registry.create(
                new ClientDetails("a1 client", null, null, null, true), STAFF)));
        assertEquals("name", taken.field());
        Client sameNameElsewhere = as(world.agencyB, registry -> registry.create(
                new ClientDetails("A1 Client", null, null, null, true), STAFF));
        assertFalse(names(world.agencyA).contains("a1 client"));
        assertTrue(names(world.agencyB).contains(sameNameElsewhere.getName()));
    }

    @Test
    void anEditChangesTheClientsDetails() {
        long a2 = world.a2.scope().clientId();
        as(world.agencyA, registry -> registry.update(a2,
                new ClientDetails("A2 Client", "billing@a2.example", "2 Main Street", "PL999", false), STAFF));
        Client edited = as(world.agencyA, registry -> registry.find(a2));
        assertEquals("billing@a2.example", edited.getBillingEmail());
        assertEquals("PL999", edited.getTaxId());
        assertFalse(edited.isPortalEnabled());
    }

    private static List<String> names(TenantScope agency) {
        return as(agency, registry -> registry.list().stream().map(Client::getName).toList());
    }

    /** The registry as the agency's staff call it: in one transaction, in the agency's scope. */
    private static <T> T as(TenantScope agency, Function<Clients, T> work) {
        return persistence.inTransaction(persistence.unscoped(), em -> ScopedWork.call(agency,
                () -> work.apply(new Clients(em, new AuditLog(CLOCK), CLOCK))));
    }
}
