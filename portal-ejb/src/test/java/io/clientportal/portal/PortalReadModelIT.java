package io.clientportal.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Money;
import io.clientportal.tenancy.TenantScope;
import io.clientportal.testing.IsolationWorld;
import io.clientportal.testing.IsolationWorld.ClientWorld;
import io.clientportal.testing.TestDatabase;
import io.clientportal.testing.TestPersistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A portal scope for one client sees that client's issued invoices, their lines and its approved hours, and nothing
 * else: not another client's, not another tenant's, not an internal project, a draft, a void invoice or unapproved
 * time of its own client. And the read model has no rate or cost to leak.
 */
class PortalReadModelIT {

    private static final Set<Class<?>> PORTAL_ENTITIES = Set.of(PortalInvoice.class, PortalInvoiceLine.class,
            PortalProject.class, PortalApprovedTime.class);

    private static PGSimpleDataSource dataSource;
    private static TestPersistence persistence;
    private static IsolationWorld world;

    @BeforeAll
    static void createWorld() {
        dataSource = TestDatabase.recreate("portal_it_portal").dataSource();
        persistence = TestPersistence.on(dataSource);
        world = IsolationWorld.create(persistence, "portal");
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Test
    void aClientSeesItsOpenAndPaidInvoicesOnly() {
        EntityManager em = persistence.scoped(world.a1.scope());
        List<Long> ids = em.createQuery("select i.id from PortalInvoice i order by i.id", Long.class)
                .getResultList();
        assertEquals(List.of(world.a1.openInvoiceId(), world.a1.paidInvoiceId()), ids);
        persistence.release(em);
    }

    @Test
    void noOtherScopesInvoiceIsFoundById() {
        EntityManager em = persistence.scoped(world.a1.scope());
        for (long foreign : foreignInvoiceIds(world.a1)) {
            assertNull(em.find(PortalInvoice.class, foreign), "invoice " + foreign + " leaked");
            assertEquals(0L, em.createQuery("select count(l) from PortalInvoiceLine l where l.invoiceId = :id",
                    Long.class).setParameter("id", foreign).getSingleResult(), "lines of " + foreign + " leaked");
        }
        persistence.release(em);
    }

    @Test
    void linesAreThoseOfTheClientsIssuedInvoices() {
        EntityManager em = persistence.scoped(world.a1.scope());
        List<Long> invoiceIds = em.createQuery("select distinct l.invoiceId from PortalInvoiceLine l "
                + "order by l.invoiceId", Long.class).getResultList();
        assertEquals(List.of(world.a1.openInvoiceId(), world.a1.paidInvoiceId()), invoiceIds);
        PortalInvoiceLine line = em.createQuery("select l from PortalInvoiceLine l where l.invoiceId = :id",
                PortalInvoiceLine.class).setParameter("id", world.a1.openInvoiceId()).getSingleResult();
        // Three approved entries of 2.50 hours at the marker rate: the line is the sum of the entries' amounts.
        Money perEntry = IsolationWorld.MARKER_BILLABLE_RATE.times(Hours.of("2.50"));
        assertEquals(Hours.of("7.50"), line.getHours());
        assertEquals(perEntry.plus(perEntry).plus(perEntry), line.getAmount());
        persistence.release(em);
    }

    @Test
    void approvedHoursAreTheClientsApprovedBillableTimeOnly() {
        EntityManager em = persistence.scoped(world.a1.scope());
        List<Long> ids = em.createQuery("select t.id from PortalApprovedTime t order by t.id", Long.class)
                .getResultList();
        assertEquals(world.a1.approvedEntryIds().stream().sorted().toList(), ids);
        assertFalse(ids.contains(world.a1.submittedEntryId()));
        assertFalse(ids.contains(world.a1.rejectedEntryId()));
        Set<String> projects = em.createQuery("select t.project.name from PortalApprovedTime t", String.class)
                .getResultStream().collect(Collectors.toSet());
        assertEquals(Set.of(world.a1.projectName()), projects);
        persistence.release(em);
    }

    @Test
    void hoursShowTheInvoiceOnlyOnceItIsIssued() {
        EntityManager em = persistence.scoped(world.a1.scope());
        List<PortalApprovedTime> entries = em.createQuery("select t from PortalApprovedTime t order by t.workDate",
                PortalApprovedTime.class).getResultList();
        // Entries 1-3 are on the open invoice, 4-6 on the paid one, 7-9 on a draft and 10-12 on a void one.
        assertEquals(List.of("A1-OPEN", "A1-OPEN", "A1-OPEN", "A1-PAID", "A1-PAID", "A1-PAID"),
                entries.subList(0, 6).stream().map(PortalApprovedTime::getInvoiceNumber).toList());
        assertTrue(entries.subList(6, 12).stream().noneMatch(PortalApprovedTime::isInvoiced));
        persistence.release(em);
    }

    @Test
    void theInvoicesHoursPerProjectEqualTheApprovedEntriesTheyBilled() {
        EntityManager em = persistence.scoped(world.b2.scope());
        for (long invoiceId : List.of(world.b2.openInvoiceId(), world.b2.paidInvoiceId())) {
            BigDecimal onInvoice = em.createQuery("select sum(l.hours) from PortalInvoiceLine l "
                    + "where l.invoiceId = :id", BigDecimal.class).setParameter("id", invoiceId).getSingleResult();
            BigDecimal approved = em.createQuery("select sum(t.hours) from PortalApprovedTime t "
                    + "where t.invoiceId = :id", BigDecimal.class).setParameter("id", invoiceId).getSingleResult();
            assertEquals(0, onInvoice.compareTo(approved), "invoice " + invoiceId);
        }
        persistence.release(em);
    }

    @Test
    void internalProjectsAreNotPortalProjects() {
        EntityManager em = persistence.scoped(world.a1.scope());
        assertNull(em.find(PortalProject.class, world.internalProjectA));
        assertEquals(List.of(world.a1.projectId()),
                em.createQuery("select p.id from PortalProject p", Long.class).getResultList());
        persistence.release(em);
    }

    @Test
    void theSameClientIdUnderAnotherTenantSeesNothing() {
        PortalScope forged = new PortalScope(world.agencyB.tenantId(), world.a1.scope().clientId());
        EntityManager em = persistence.scoped(forged);
        assertTrue(em.createQuery("select i from PortalInvoice i", PortalInvoice.class).getResultList().isEmpty());
        assertTrue(em.createQuery("select t from PortalApprovedTime t", PortalApprovedTime.class).getResultList()
                .isEmpty());
        persistence.release(em);
    }

    @Test
    void aTenantScopeWithoutClientCannotReadThePortal() {
        EntityManager em = persistence.scoped(world.agencyA);
        assertThrows(PersistenceException.class,
                () -> em.createQuery("select i from PortalInvoice i", PortalInvoice.class).getResultList());
        persistence.release(em);
    }

    @Test
    void thePortalCannotWrite() {
        EntityManager em = persistence.scoped(world.a1.scope());
        PortalInvoice invoice = em.find(PortalInvoice.class, world.a1.openInvoiceId());
        assertThrows(IllegalArgumentException.class, () -> em.remove(invoice));
        persistence.release(em);
        for (String entity : List.of("PortalInvoice", "PortalInvoiceLine", "PortalProject", "PortalApprovedTime")) {
            EntityManager writer = persistence.scoped(world.a1.scope());
            PersistenceException refused = assertThrows(PersistenceException.class,
                    () -> writer.createQuery("delete from " + entity + " e").executeUpdate());
            assertTrue(refused.getMessage().contains("cannot delete from view"), refused.getMessage());
            persistence.release(writer);
        }
        EntityManager again = persistence.scoped(world.a1.scope());
        assertEquals(world.a1.openInvoiceNumber(),
                again.find(PortalInvoice.class, world.a1.openInvoiceId()).getNumber(), "read-only entity deleted");
        persistence.release(again);
    }

    @Test
    void noMappedAttributeOfThePortalModelIsARateOrACost() {
        Set<EntityType<?>> portalTypes = persistence.factory().getMetamodel().getEntities().stream()
                .filter(type -> PORTAL_ENTITIES.contains(type.getJavaType()))
                .collect(Collectors.toSet());
        assertEquals(PORTAL_ENTITIES.size(), portalTypes.size(), "every portal entity is mapped");
        List<String> offending = new ArrayList<>();
        for (EntityType<?> type : portalTypes) {
            for (Attribute<?, ?> attribute : type.getAttributes()) {
                String name = attribute.getName().toLowerCase(Locale.ROOT);
                if (name.contains("rate") || name.contains("cost") || name.contains("person")) {
                    offending.add(type.getName() + "." + attribute.getName());
                }
            }
        }
        assertTrue(offending.isEmpty(), "rate-like attributes in the portal model: " + offending);
        // Money-typed attributes are only the invoice amounts a client is billed.
        Set<String> moneyAttributes = portalTypes.stream()
                .flatMap(type -> type.getAttributes().stream()
                        .filter(attribute -> attribute.getJavaType() == Money.class)
                        .map(attribute -> type.getName() + "." + attribute.getName()))
                .collect(Collectors.toSet());
        assertEquals(Set.of("PortalInvoice.subtotal", "PortalInvoice.tax", "PortalInvoice.total",
                "PortalInvoice.amountPaid", "PortalInvoiceLine.amount"), moneyAttributes);
    }

    @Test
    void thePortalViewsHaveNoRateOrCostColumn() throws SQLException {
        List<String> offending = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet columns = connection.getMetaData().getColumns(null, "public", "portal_%", null)) {
            int seen = 0;
            while (columns.next()) {
                seen++;
                String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (column.contains("rate") || column.contains("cost") || column.contains("person")) {
                    offending.add(columns.getString("TABLE_NAME") + "." + column);
                }
            }
            assertTrue(seen > 20, "the portal views were inspected");
        }
        assertTrue(offending.isEmpty(), "rate-like columns in the portal views: " + offending);
    }

    @Test
    void theScopeIsTheOnlyWayIn() {
        assertThrows(IllegalArgumentException.class, () -> new PortalScope(world.agencyA.tenantId(), 0));
        assertThrows(IllegalArgumentException.class, () -> new PortalScope(0, world.a1.scope().clientId()));
        assertThrows(IllegalArgumentException.class, () -> new TenantScope(-1));
    }

    private static List<Long> foreignInvoiceIds(ClientWorld own) {
        List<Long> ids = new ArrayList<>(List.of(own.draftInvoiceId(), own.voidInvoiceId()));
        for (ClientWorld other : List.of(world.a2, world.b1, world.b2)) {
            ids.addAll(List.of(other.openInvoiceId(), other.paidInvoiceId(), other.draftInvoiceId(),
                    other.voidInvoiceId()));
        }
        assertTrue(ids.stream().noneMatch(id -> id == own.openInvoiceId() || id == own.paidInvoiceId()));
        return ids;
    }
}
