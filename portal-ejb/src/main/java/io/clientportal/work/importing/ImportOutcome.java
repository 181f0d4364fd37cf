package io.clientportal.work.importing;

import io.clientportal.kernel.Hours;
import java.io.Serializable;
import java.util.List;

/**
 * What an import did: either it imported every row of the file ({@code imported} entries, {@code hours} in all) or,
 * with {@code errors}, none of them.
 */
public record ImportOutcome(int rows, int imported, Hours hours, List<RowError> errors) implements Serializable {

    public ImportOutcome {
        errors = List.copyOf(errors);
    }

    static ImportOutcome refused(int rows, List<RowError> errors) {
        return new ImportOutcome(rows, 0, Hours.ZERO, errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }

    /** How many rows have at least one problem (a row may have several). */
    public long rowsWithErrors() {
        return errors.stream().map(RowError::row).distinct().count();
    }
}
