package io.clientportal.web.admin.time;

import io.clientportal.audit.Actor;
import io.clientportal.identity.AccountIdentity;
import io.clientportal.web.Messages;
import io.clientportal.work.importing.ImportOutcome;
import io.clientportal.work.importing.ImportProgress;
import io.clientportal.work.importing.TimeImport;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.file.UploadedFile;

/**
 * One import at a time per page: the uploaded file is handed to the import running in the background, the page polls
 * its progress, and the outcome (imported, or the report of every bad row) stays on the page until the next file.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long QUICK_IMPORT_MILLIS = 800;
    private static final Logger LOG = Logger.getLogger(ImportBacking.class.getName());

    @EJB
    private TimeImport timeImport;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private Instance<Actor> actor;

    @Inject
    private Messages messages;

    private transient UploadedFile file;
    private transient Future<ImportOutcome> running;
    private ImportProgress progress;
    private ImportOutcome outcome;
    private String fileName;
    private boolean failed;

    public void start() {
        refresh();
        if (isRunning()) {
            messages.error("import.busy");
            return;
        }
        if (file == null || file.getSize() == 0) {
            messages.error("import.noFile");
            return;
        }
        if (file.getSize() > TimeImport.MAX_BYTES) {
            messages.error("import.tooLarge", file.getSize() / 1024, TimeImport.MAX_BYTES / 1024);
            return;
        }
        outcome = null;
        failed = false;
        fileName = file.getFileName();
        progress = new ImportProgress();
        running = timeImport.start(signedIn.tenantScope(), fileName, file.getContent(), actor.get(), progress);
        awaitBriefly();
        refresh();
    }

    /** A small file is done in a moment: its outcome then shows at once, without a progress bar. */
    private void awaitBriefly() {
        try {
            running.get(QUICK_IMPORT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillRunningOrFailed) {
            // Either way refresh() tells: the progress bar takes over, or the failure is reported.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Picks up the outcome once the import has finished (the progress bar's completion, or the refresh button). */
    public void refresh() {
        if (running == null || !running.isDone()) {
            return;
        }
        try {
            outcome = running.get();
        } catch (ExecutionException e) {
            LOG.log(Level.SEVERE, "The import of " + fileName + " failed", e.getCause());
            failed = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed = true;
        }
        running = null;
    }

    /**
     * Whether an import was started and its outcome is not picked up yet. It stays true for a moment after the import
     * has finished, so that the progress bar is still on the page to report 100% and ask for the outcome.
     */
    public boolean isRunning() {
        return running != null;
    }

    /** Whole percent; 100 once the import has finished, which ends the progress bar's polling. */
    public int getPercent() {
        if (running == null) {
            return outcome == null ? 0 : 100;
        }
        return running.isDone() ? 100 : progress.percent();
    }

    public ImportOutcome getOutcome() {
        return outcome;
    }

    /** Whether the last import failed for a reason of the server's (its transaction rolled back: nothing saved). */
    public boolean isFailed() {
        return failed;
    }

    public String getFileName() {
        return fileName;
    }

    public int getMaxKilobytes() {
        return TimeImport.MAX_BYTES / 1024;
    }

    public int getMaxRows() {
        return TimeImport.MAX_ROWS;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
