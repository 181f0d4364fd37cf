package io.clientportal.work.importing;

import java.io.Serializable;

/**
 * What is wrong with one row of an import file: its number as a spreadsheet shows it (the header is row 1), the
 * column (null when the row as a whole is wrong) and a message for the person who fixes the file. Row 0 is the file
 * as a whole.
 */
public record RowError(int row, String column, String message) implements Serializable {

    static RowError ofFile(String message) {
        return new RowError(0, null, message);
    }

    static RowError of(int row, Column column, String message) {
        return new RowError(row, column == null ? null : column.header(), message);
    }

    public boolean aboutFile() {
        return row == 0;
    }
}
