package io.clientportal.work.importing;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far an import running in the background has come, for the page that polls it: each row is checked, then (when
 * all are valid) written, so a file of n rows takes 2n steps.
 */
public final class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AtomicInteger rows = new AtomicInteger();
    private final AtomicInteger steps = new AtomicInteger();

    void start(int rowCount) {
        rows.set(rowCount);
    }

    void rowChecked() {
        steps.incrementAndGet();
    }

    void rowWritten() {
        steps.incrementAndGet();
    }

    /** Whole percent done, 0 until the file is read; 100 only when the import has finished. */
    public int percent() {
        int total = rows.get() * 2;
        return total == 0 ? 0 : Math.min(99, steps.get() * 100 / total);
    }
}
