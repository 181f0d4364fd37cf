package io.clientportal.work.importing;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditLog;
import io.clientportal.tenancy.ScopedWork;
import io.clientportal.tenancy.TenantPersistence;
import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.Future;

/**
 * The back office's import of time entries from a CSV file (columns date, email, project, hours, and optionally note
 * and status). It runs in the background, in one transaction of its own, so the page can show its progress; a file
 * with any bad row imports nothing and reports every problem by row and column.
 */
@Stateless
public class TimeImport {

    /** The largest file accepted, in bytes. */
    public static final int MAX_BYTES = TimeCsv.MAX_BYTES;
    /** The most data rows one file may have. */
    public static final int MAX_ROWS = TimeCsv.MAX_ROWS;

    @Inject
    private TenantPersistence persistence;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Runs on a thread of its own, where the caller's scope is not bound: the caller names its tenant. */
    @Asynchronous
    public Future<ImportOutcome> start(TenantScope tenant, String fileName, byte[] file, Actor actor,
                                       ImportProgress progress) {
        return new AsyncResult<>(ScopedWork.call(tenant,
                () -> new TimeImporter(persistence, audit, clock).run(fileName, file, actor, progress)));
    }
}
