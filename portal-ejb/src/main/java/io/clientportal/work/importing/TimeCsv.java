package io.clientportal.work.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An import file read as rows of named cells, or the reasons it cannot be read at all (too large, not UTF-8, not CSV,
 * a header that lacks a column or names an unknown one). Nothing here knows the agency's data.
 */
final class TimeCsv {

    /** Larger files are refused before anything is read: a month of a large agency's time is far smaller. */
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 5000;

    private final int dataRows;
    private final List<CsvRow> rows;
    private final List<RowError> errors;

    private TimeCsv(int dataRows, List<CsvRow> rows, List<RowError> errors) {
        this.dataRows = dataRows;
        this.rows = rows;
        this.errors = errors;
    }

    static TimeCsv read(byte[] file) {
        if (file.length > MAX_BYTES) {
            return refused("The file has " + file.length / 1024 + " KB; an import file has at most "
                    + MAX_BYTES / 1024 + " KB. Split it into several files.");
        }
        Optional<String> text = utf8(file);
        if (text.isEmpty()) {
            return refused("The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\".");
        }
        CsvTable table;
        try {
            table = CsvTable.parse(text.get(), CsvTable.delimiterOf(text.get()), MAX_ROWS + 1);
        } catch (CsvTable.MalformedCsv e) {
            return new TimeCsv(0, List.of(), List.of(new RowError(e.record(), null, e.getMessage())));
        }
        List<List<String>> records = table.records();
        if (records.isEmpty()) {
            return refused("The file is empty. Its first row names the columns.");
        }
        if (records.size() > MAX_ROWS + 1) {
            return refused("The file has more than " + MAX_ROWS + " rows. Split it into several files.");
        }
        return rowsOf(records);
    }

    private static TimeCsv rowsOf(List<List<String>> records) {
        List<RowError> errors = new ArrayList<>();
        List<Column> header = new ArrayList<>();
        for (String name : records.get(0)) {
            Optional<Column> column = Column.named(name);
            if (column.isEmpty()) {
                errors.add(new RowError(1, null, "Unknown column \"" + name.strip() + "\". The columns are: "
                        + "date, email, project, hours, note, status."));
            } else if (header.contains(column.get())) {
                errors.add(RowError.of(1, column.get(), "This column appears twice."));
            }
            header.add(column.orElse(null));
        }
        for (Column column : Column.values()) {
            if (column.required() && !header.contains(column)) {
                errors.add(RowError.of(1, column, "The file has no " + column.header() + " column."));
            }
        }
        if (!errors.isEmpty()) {
            return new TimeCsv(0, List.of(), errors);
        }
        if (records.size() == 1) {
            return refused("The file has no rows below its header.");
        }
        List<CsvRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            int number = i + 1;
            if (record.size() != header.size()) {
                errors.add(new RowError(number, null, "The row has " + record.size() + " cells; the header has "
                        + header.size() + "."));
                continue;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), record.get(c).strip());
            }
            rows.add(new CsvRow(number, cells));
        }
        return new TimeCsv(records.size() - 1, rows, errors);
    }

    private static Optional<String> utf8(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
            // Spreadsheets put a byte order mark before "CSV UTF-8"; it is not part of the first column's name.
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static TimeCsv refused(String message) {
        return new TimeCsv(0, List.of(), List.of(RowError.ofFile(message)));
    }

    /** How many rows the file has below its header, well-formed or not. */
    int dataRows() {
        return dataRows;
    }

    List<CsvRow> rows() {
        return rows;
    }

    /** What makes the file unreadable, or some of its rows malformed; empty for a file whose rows can be checked. */
    List<RowError> errors() {
        return errors;
    }
}
