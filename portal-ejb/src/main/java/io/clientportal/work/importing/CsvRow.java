package io.clientportal.work.importing;

import java.util.Map;

/** One data row of an import file, its cells by column, stripped; a column the file lacks reads as empty. */
record CsvRow(int number, Map<Column, String> cells) {

    String cell(Column column) {
        return cells.getOrDefault(column, "");
    }
}
