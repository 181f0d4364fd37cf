package io.clientportal.tenancy;

import io.clientportal.clients.Client;
import io.clientportal.invoicing.Invoice;
import io.clientportal.kernel.Money;
import io.clientportal.testing.IsolationWorld;
import io.clientportal.testing.TestDatabase;
import io.clientportal.testing.TestPersistence;
import io.clientportal.work.Project;
import io.clientportal.work.TimeEntry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tenant A's EntityManager cannot find, query, bulk-update or delete tenant B's rows, on PostgreSQL. */
class TenantIsolationIT {

    /** When the test's records were created: any fixed instant, no test reads the real time. */
    private static final Instant CREATED = Instant.parse("2026-01-01T09:00:00Z");

    private static TestPersistence persistence;
    private static IsolationWorld world;

    @BeforeAll
    static void createWorld() {
        persistence = TestPersistence.on(TestDatabase.recreate("portal_it_tenancy").dataSource());
        world = IsolationWorld.create(persistence, "tenancy");
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Test
    void findByIdOfAnotherTenantsRowsReturnsNothing() {
        EntityManager em = persistence.scoped(world.agencyA);
        assertNotNull(em.find(Invoice.class, world.a1.openInvoiceId()), "own invoice is found");
        assertNull(em.find(Invoice.class, world.b1.openInvoiceId()));
        assertNull(em.find(Client.class, world.b1.scope().clientId()));
        assertNull(em.find(Project.class, world.b1.projectId()));
        assertNull(em.find(TimeEntry.class, world.b1.approvedEntryIds().get(0)));
        em.close();
    }

    @Test
    void queriesSeeOnlyTheirOwnTenant() {
        EntityManager em = persistence.scoped(world.agencyA);
        List<String> clients = em.createQuery("select c.name from Client c order by c.name", String.class)
                .getResultList();
        assertEquals(List.of("A1 Client", "A2 Client"), clients);
        List<String> numbers = em.createQuery("select i.number from Invoice i where i.number is not null "
                + "order by i.number", String.class).getResultList();
        assertEquals(List.of("A1-OPEN", "A1-PAID", "A1-VOID", "A2-OPEN", "A2-PAID", "A2-VOID"), numbers);
        Long foreignById = em.createQuery("select count(i) from Invoice i where i.id = :id", Long.class)
                .setParameter("id", world.b2.paidInvoiceId()).getSingleResult();
        assertEquals(0L, foreignById);
        em.close();
    }

    @Test
    void relationshipsDoNotCrossTenants() {
        EntityManager em = persistence.scoped(world.agencyB);
        List<String> projectsOfA = em.createQuery("select p.name from Project p where p.client.name like 'A%'",
                String.class).getResultList();
        assertTrue(projectsOfA.isEmpty(), "B reaches A's projects through a join: " + projectsOfA);
        em.close();
    }

    @Test
    void bulkUpdateAndDeleteLeaveAnotherTenantsRowsAlone() {
        EntityManager a = persistence.scoped(world.agencyA);
        a.getTransaction().begin();
        int renamed = a.createQuery("update Client c set c.name = concat(c.name, ' renamed')").executeUpdate();
        int deleted = a.createQuery("delete from TimeEntry t where t.invoiceId is null").executeUpdate();
        a.getTransaction().rollback();
        a.close();
        assertEquals(2, renamed, "A renames its own two clients only");
        assertEquals(4, deleted, "A deletes its own unbilled entries only");
        EntityManager b = persistence.scoped(world.agencyB);
        assertEquals(List.of("B1 Client", "B2 Client"),
                b.createQuery("select c.name from Client c order by c.name", String.class).getResultList());
        assertEquals(4L, b.createQuery("select count(t) from TimeEntry t where t.invoiceId is null", Long.class)
                .getSingleResult());
        b.close();
    }

    @Test
    void anEntityManagerWithoutScopeCannotRead() {
        EntityManager em = persistence.unscoped();
        assertThrows(PersistenceException.class,
                () -> em.createQuery("select c from Client c", Client.class).getResultList());
        em.close();
    }

    @Test
    void anEntityManagerWithoutScopeCannotInsert() {
        EntityManager em = persistence.unscoped();
        em.getTransaction().begin();
        assertThrows(PersistenceException.class, () -> {
            em.persist(new Client("No tenant Ltd", CREATED));
            em.flush();
        });
        em.getTransaction().rollback();
        em.close();
    }

    @Test
    void theScopeOfALiveEntityManagerCannotBeSwitched() {
        EntityManager em = persistence.scoped(world.agencyA);
        em.createQuery("select c from Client c", Client.class).getResultList();
        assertThrows(IllegalStateException.class,
                () -> ScopedWork.call(world.agencyB, () -> new TenantPersistence(em).em()));
        assertEquals(List.of("A1 Client", "A2 Client"),
                em.createQuery("select c.name from Client c order by c.name", String.class).getResultList());
        em.close();
    }

    @Test
    void moneySurvivesARoundTripWithItsCents() {
        long projectId = persistence.inTransaction(persistence.scoped(world.agencyA), em -> {
            Project project = em.find(Project.class, world.a1.projectId());
            project.setHourlyRate(Money.of("10.50"));
            return project.getId();
        });
        EntityManager em = persistence.scoped(world.agencyA);
        assertEquals(Money.of("10.50"), em.find(Project.class, projectId).getHourlyRate());
        assertEquals("10.50", em.find(Project.class, projectId).getHourlyRate().toString());
        em.close();
    }
}
