package io.clientportal.work.importing;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.kernel.Hours;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Imports one file within the caller's transaction: reads it, checks every row, and writes the entries (submitted for
 * review unless a row says draft) only when no row has a problem. The caller's transaction makes the writing itself
 * all or nothing as well.
 */
final class TimeImporter {

    private final TenantPersistence persistence;
    private final AuditLog audit;
    private final Clock clock;

    TimeImporter(TenantPersistence persistence, AuditLog audit, Clock clock) {
        this.persistence = persistence;
        this.audit = audit;
        this.clock = clock;
    }

    ImportOutcome run(String fileName, byte[] file, Actor actor, ImportProgress progress) {
        TimeCsv csv = TimeCsv.read(file);
        progress.start(csv.rows().size());
        EntityManager em = persistence.em();
        RowCheck check = new RowCheck(em, today());
        check.check(csv.rows(), progress);
        int rows = csv.dataRows();
        if (!csv.errors().isEmpty() || !check.errors().isEmpty()) {
            List<RowError> errors = new ArrayList<>(csv.errors());
            errors.addAll(check.errors());
            errors.sort(Comparator.comparingInt(RowError::row));
            return ImportOutcome.refused(rows, errors);
        }
        Hours total = Hours.ZERO;
        Instant now = clock.instant();
        for (PlannedEntry entry : check.planned()) {
            em.persist(entry.toEntry(now));
            total = total.plus(entry.details().hours());
            progress.rowWritten();
        }
        audit.record(em, actor.name(), AuditAction.TIME_IMPORTED, check.planned().size() + " entries, " + total
                + " h, from " + shortened(fileName), actor.address());
        return new ImportOutcome(rows, check.planned().size(), total, List.of());
    }

    /** "Today" where the agency is: a row dated after it records work not yet done. */
    private LocalDate today() {
        Tenant agency = persistence.tenant();
        return LocalDate.now(clock.withZone(agency.getTimeZone()));
    }

    private static String shortened(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "a file" : fileName.strip();
        return name.length() > 100 ? name.substring(0, 100) + "…" : name;
    }
}
