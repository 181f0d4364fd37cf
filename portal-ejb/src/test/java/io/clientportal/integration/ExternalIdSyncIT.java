package io.clientportal.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditLog;
import io.clientportal.clients.ClientDetails;
import io.clientportal.clients.Clients;
import io.clientportal.tenancy.ScopedWork;
import io.clientportal.tenancy.TenantScope;
import io.clientportal.testing.IsolationWorld;
import io.clientportal.testing.TestDatabase;
import io.clientportal.testing.TestPersistence;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agency system's ids, on PostgreSQL: sending a client again changes nothing, sending it changed updates it, and
 * one agency's ids name nothing in another agency, even the same id.
 */
class ExternalIdSyncIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final Actor KEY = new Actor("api-key cp_test", "203.0.113.9");

    private static TestPersistence persistence;
    private static IsolationWorld world;

    @BeforeAll
    static void createWorld() {
        persistence = TestPersistence.on(TestDatabase.recreate("portal_it_integration").dataSource());
        world = IsolationWorld.create(persistence, "integration");
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Test
    void aClientSentAgainIsUnchangedAndSentChangedIsUpdated() {
        ClientDetails details = new ClientDetails("Soylent", "ap@soylent.example", null, null, true);
        Synced<ClientView> created = as(world.agencyA, sync -> sync.put("crm-soylent", details, KEY));
        assertEquals(Outcome.CREATED, created.outcome());
        assertEquals("crm-soylent", created.view().externalId());

        assertEquals(Outcome.UNCHANGED, as(world.agencyA, sync -> sync.put("crm-soylent", details, KEY)).outcome());
        Synced<ClientView> updated = as(world.agencyA, sync -> sync.put("crm-soylent",
                new ClientDetails("Soylent", "billing@soylent.example", null, null, true), KEY));
        assertEquals(Outcome.UPDATED, updated.outcome());
        assertEquals(created.view().id(), updated.view().id());
        assertEquals("billing@soylent.example",
                as(world.agencyA, sync -> sync.get("crm-soylent")).orElseThrow().billingEmail());
    }

    @Test
    void oneAgencysIdsNameNothingInAnother() {
        ClientDetails details = new ClientDetails("Tyrell", null, null, null, true);
        long ofA = as(world.agencyA, sync -> sync.put("crm-tyrell", details, KEY)).view().id();

        assertTrue(as(world.agencyB, sync -> sync.get("crm-tyrell")).isEmpty());
        Synced<ClientView> ofB = as(world.agencyB, sync -> sync.put("crm-tyrell", details, KEY));
        assertEquals(Outcome.CREATED, ofB.outcome(), "B's own client of that id, not A's");
        assertNotEquals(ofA, ofB.view().id());
        assertEquals(ofA, as(world.agencyA, sync -> sync.get("crm-tyrell")).orElseThrow().id());
    }

    @Test
    void theListHoldsTheAgencysOwnClientsOnly() {
        Page<ClientView> page = as(world.agencyB, sync -> sync.list(new PageRequest(1, 100)));
        assertTrue(page.items().stream().map(ClientView::name).noneMatch(name -> name.startsWith("A")
                || name.equals("Soylent")), "A's clients in B's list: " + page.items());
        assertTrue(page.items().stream().map(ClientView::name).anyMatch("B1 Client"::equals));
        assertEquals(page.items().size(), page.total());
    }

    /** The sync as an API key of the agency calls it: in one transaction, in the agency's scope. */
    private static <T> T as(TenantScope agency, Function<ClientSync, T> work) {
        return persistence.inTransaction(persistence.unscoped(), em -> ScopedWork.call(agency,
                () -> work.apply(new ClientSync(em, new Clients(em, new AuditLog(CLOCK), CLOCK),
                        new ExternalIds()))));
    }
}
