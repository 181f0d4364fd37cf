package io.clientportal.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditLog;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.ScopedWork;
import io.clientportal.tenancy.TenantScope;
import io.clientportal.testing.IsolationWorld;
import io.clientportal.testing.TestDatabase;
import io.clientportal.testing.TestPersistence;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agency's time as its staff list, enter and review it, on PostgreSQL: each agency counts, totals, reaches and
 * decides on its own entries only.
 */
class TimesheetsIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    private static final Actor REVIEWER = new Actor("reviewer@agency.example", "203.0.113.9");
    private static final DateRange JANUARY = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));

    private static TestPersistence persistence;
    private static IsolationWorld world;

    @BeforeAll
    static void createWorld() {
        persistence = TestPersistence.on(TestDatabase.recreate("portal_it_work").dataSource());
        world = IsolationWorld.create(persistence, "work");
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Test
    void anAgencyCountsTotalsAndListsItsOwnEntriesOnly() {
        TimeQuery january = new TimeQuery(JANUARY, null, null, null, null);
        // Per client: twelve approved entries of 2.50 h, one submitted and one rejected of 1.00 h.
        assertEquals(28L, (long) as(world.agencyA, timesheets -> timesheets.page(january, 0, 1).count()));
        assertEquals(Hours.of("64.00"), as(world.agencyA, timesheets -> timesheets.page(january, 0, 1).total()));
        Set<String> projects = as(world.agencyA, timesheets -> timesheets.page(january, 0, 100).rows().stream()
                .map(TimeRow::project).collect(Collectors.toSet()));
        assertEquals(Set.of("A1 Website", "A2 Website"), projects);

        TimeQuery foreignClient = new TimeQuery(JANUARY, world.b1.scope().clientId(), null, null, null);
        assertEquals(0L, (long) as(world.agencyA, timesheets -> timesheets.page(foreignClient, 0, 1).count()));
        assertEquals(List.of(), as(world.agencyA, timesheets -> timesheets.page(foreignClient, 0, 100).rows()));
    }

    @Test
    void anotherAgencysEntryIsNoSuchEntry() {
        long foreign = world.b1.submittedEntryId();
        assertEquals("entry", assertThrows(Refused.class,
                () -> as(world.agencyA, timesheets -> timesheets.find(foreign))).field());
        assertThrows(Refused.class,
                () -> as(world.agencyA, timesheets -> timesheets.approveEntries(List.of(foreign), REVIEWER)));
        assertEquals(TimeEntryStatus.SUBMITTED,
                as(world.agencyB, timesheets -> timesheets.find(foreign).getStatus()));
    }

    @Test
    void aDraftIsEnteredSubmittedAndApprovedWithinItsAgency() {
        long person = personNamed(world.agencyA, "A2 Person");
        TimeDetails details = new TimeDetails(person, world.a2.projectId(), LocalDate.of(2026, 2, 2), Hours.of("3.25"),
                "Design review");
        long id = as(world.agencyA, timesheets -> timesheets.enter(details).getId());

        assertEquals(1, (int) as(world.agencyA, timesheets -> timesheets.submit(List.of(id))));
        assertThrows(Refused.class,
                () -> as(world.agencyB, timesheets -> timesheets.approveEntries(List.of(id), REVIEWER)));
        assertEquals(1, (int) as(world.agencyA, timesheets -> timesheets.approveEntries(List.of(id), REVIEWER)));
        TimeEntry approved = as(world.agencyA, timesheets -> timesheets.find(id));
        assertEquals(TimeEntryStatus.APPROVED, approved.getStatus());
        assertEquals(Hours.of("3.25"), approved.getHours());
    }

    @Test
    void timeOnAnInvoiceCannotBeRemoved() {
        long billed = world.a1.approvedEntryIds().get(0);
        assertEquals("entry", assertThrows(Refused.class,
                () -> as(world.agencyA, timesheets -> {
                    timesheets.remove(billed);
                    return null;
                })).field());
        assertTrue(as(world.agencyA, timesheets -> timesheets.find(billed)) != null);
    }

    private static long personNamed(TenantScope agency, String name) {
        return persistence.inTransaction(persistence.scoped(agency), em -> em.createQuery(
                "select p.id from Person p where p.name = :name", Long.class).setParameter("name", name)
                .getSingleResult());
    }

    /** The time sheets as the agency's staff call them: in one transaction, in the agency's scope. */
    private static <T> T as(TenantScope agency, Function<Timesheets, T> work) {
        return persistence.inTransaction(persistence.unscoped(), em -> ScopedWork.call(agency,
                () -> work.apply(new Timesheets(em, new AuditLog(CLOCK), CLOCK))));
    }
}
