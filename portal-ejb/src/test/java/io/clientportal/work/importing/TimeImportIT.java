package io.clientportal.work.importing;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditEvent;
import io.clientportal.audit.AuditLog;
import io.clientportal.tenancy.ScopedWork;
import io.clientportal.tenancy.TenantPersistence;
import io.clientportal.tenancy.TenantScope;
import io.clientportal.testing.IsolationWorld;
import io.clientportal.testing.TestDatabase;
import io.clientportal.testing.TestPersistence;
import io.clientportal.work.TimeEntry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CSV import on PostgreSQL, against the isolation world (agency A: a1@ and a2@agency.example, projects
 * "A1 Website" and "A2 Website"; agency B likewise with B names), with "today" on 2026-03-01.
 */
class TimeImportIT {

    private static final Clock MARCH_FIRST = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Actor ADMIN = new Actor("admin@agency.example", "192.0.2.1");
    private static final String HOSTILE_NOTE = "=cmd|' /C calc'!A0 <b onmouseover=alert(1)>hi</b>";

    private static TestPersistence persistence;
    private static IsolationWorld world;

    @BeforeAll
    static void createWorld() {
        persistence = TestPersistence.on(TestDatabase.recreate("portal_it_office_import").dataSource());
        world = IsolationWorld.create(persistence, "import");
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    @Test
    void aGoodFileImportsEveryRowForReviewAndIsAudited() {
        long before = entries(world.agencyA);
        String csv = "Date,Email,Project,Hours,Note,Status\n"
                + "2026-02-02,a1@agency.example,A1 Website,7.5,Design review,\n"
                + "2026-02-03,A2@agency.example," + world.a2.projectId() + ",\"1,25\",\"" + HOSTILE_NOTE
                .replace("\"", "\"\"") + "\",submitted\n"
                + "2026-02-04,a1@agency.example,a1 website,0:45,\"Two\nlines\",draft\n";

        ImportOutcome outcome = importFile(world.agencyA, csv);

        assertEquals(List.of(), outcome.errors());
        assertEquals(3, outcome.imported());
        assertEquals("9.50", outcome.hours().toString());
        assertEquals(before + 3, entries(world.agencyA));
        List<TimeEntry> imported = imported(world.agencyA, "2026-02-02", "2026-02-04");
        assertEquals(List.of("SUBMITTED", "SUBMITTED", "DRAFT"),
                imported.stream().map(e -> e.getStatus().name()).toList());
        assertEquals(HOSTILE_NOTE, imported.get(1).getNote(), "a hostile cell is kept as plain text");
        assertEquals("Two\nlines", imported.get(2).getNote());
        assertEquals("0.75", imported.get(2).getHours().toString());
        AuditEvent audit = persistence.inTransaction(persistence.scoped(world.agencyA),
                em -> new AuditLog(MARCH_FIRST).latest(em, 1).get(0));
        assertEquals("TIME_IMPORTED", audit.getAction());
        assertEquals("3 entries, 9.50 h, from hours.csv", audit.getSubject());
    }

    @Test
    void aBadRowImportsNothingAndEveryProblemIsReportedByRowAndColumn() {
        long before = entries(world.agencyA);
        String csv = "date;email;project;hours;note\n"
                + "2026-02-10;a1@agency.example;A1 Website;2;fine\n"
                + "2026-02-11;nobody@agency.example;A1 Website;2;unknown person\n"
                + "10.02.2026;a1@agency.example;No Such Project;25;two problems and more\n"
                + "2026-03-02;a1@agency.example;A1 Website;abc;future and not hours\n"
                + "2026-02-12;a1@agency.example;A1 Website\n"
                + "2026-02-13;a2@agency.example;A2 Website;3;fine too\n";

        ImportOutcome outcome = importFile(world.agencyA, csv);

        assertEquals(0, outcome.imported());
        assertEquals(6, outcome.rows());
        assertEquals(4, outcome.rowsWithErrors());
        assertEquals(List.of("3 email", "4 date", "4 project", "4 hours", "5 date", "5 hours", "6 null"),
                cells(outcome));
        assertTrue(outcome.errors().get(0).message().contains("nobody@agency.example"), outcome.errors().toString());
        assertEquals(before, entries(world.agencyA), "a bad row half-imported the file");
    }

    @Test
    void rowsOfYear0OrOutOfRangeDaysOrHoursInExponentFormImportNothing() {
        long before = entries(world.agencyA);

        ImportOutcome outcome = importFile(world.agencyA, String.join("\n", "date,email,project,hours",
                "0000-01-01,a1@agency.example,A1 Website,1", "1999-12-31,a1@agency.example,A1 Website,1",
                "2026-02-05,a1@agency.example,A1 Website,1e10000000"));

        assertEquals(List.of("2 date", "3 date", "4 hours"), cells(outcome));
        assertEquals("The work date is a day from 2000-01-01 to 2100-12-31.", outcome.errors().get(0).message());
        assertEquals(before, entries(world.agencyA));
    }

    @Test
    void anotherAgencysPeopleAndProjectsAreNotFound() {
        long beforeA = entries(world.agencyA);
        long beforeB = entries(world.agencyB);
        String csv = "date,email,project,hours\n"
                + "2026-02-02,b1@agency.example,B1 Website,1\n"
                + "2026-02-02,a1@agency.example," + world.b1.projectId() + ",1\n";

        ImportOutcome outcome = importFile(world.agencyA, csv);

        assertEquals(List.of("2 email", "2 project", "3 project"),
                cells(outcome));
        assertEquals(beforeA, entries(world.agencyA));
        assertEquals(beforeB, entries(world.agencyB));
    }

    @Test
    void theSameFileImportedTwiceIsRefusedTheSecondTime() {
        String csv = "date,email,project,hours,note\n2026-02-20,a2@agency.example,A2 Website,4,Once only\n";
        assertEquals(1, importFile(world.agencyA, csv).imported());
        long before = entries(world.agencyA);

        ImportOutcome again = importFile(world.agencyA, csv);

        assertEquals(List.of(2), again.errors().stream().map(RowError::row).toList());
        assertTrue(again.errors().get(0).message().contains("exists already"));
        assertEquals(before, entries(world.agencyA));
    }

    @Test
    void aFileThatIsNotCsvReportsTheFileNotItsRows() {
        ImportOutcome missing = importFile(world.agencyA, "date,email,hours\n2026-02-02,a1@agency.example,1\n");
        assertEquals(List.of(new RowError(1, "project", "The file has no project column.")), missing.errors());
        ImportOutcome latin1 = importFile(world.agencyA, new byte[] {'d', 'a', 't', 'e', '\n', (byte) 0xE9});
        assertTrue(latin1.errors().get(0).aboutFile());
    }

    /** The cells an import's errors are about, as "row column". */
    private static List<String> cells(ImportOutcome outcome) {
        return outcome.errors().stream().map(e -> e.row() + " " + e.column()).toList();
    }

    private static ImportOutcome importFile(TenantScope tenant, String csv) {
        return importFile(tenant, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportOutcome importFile(TenantScope tenant, byte[] file) {
        return persistence.inTransaction(persistence.unscoped(), em -> ScopedWork.call(tenant,
                () -> new TimeImporter(new TenantPersistence(em), new AuditLog(MARCH_FIRST), MARCH_FIRST)
                        .run("hours.csv", file, ADMIN, new ImportProgress())));
    }

    private static long entries(TenantScope tenant) {
        return persistence.inTransaction(persistence.scoped(tenant),
                em -> em.createQuery("select count(t) from TimeEntry t", Long.class).getSingleResult());
    }

    private static List<TimeEntry> imported(TenantScope tenant, String first, String last) {
        return persistence.inTransaction(persistence.scoped(tenant), em -> em.createQuery(
                        "select t from TimeEntry t where t.workDate between :first and :last order by t.workDate",
                        TimeEntry.class)
                .setParameter("first", java.time.LocalDate.parse(first))
                .setParameter("last", java.time.LocalDate.parse(last)).getResultList());
    }
}
