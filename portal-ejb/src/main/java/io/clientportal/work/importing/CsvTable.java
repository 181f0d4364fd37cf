package io.clientportal.work.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text as RFC 4180 has them: fields separated by a delimiter, optionally quoted (a quoted field
 * may hold delimiters, line breaks and doubled quotes). Cells are returned as written: nothing is interpreted, so a
 * cell such as {@code =cmd|...} or markup stays plain text.
 */
final class CsvTable {

    private final List<List<String>> records;

    private CsvTable(List<List<String>> records) {
        this.records = records;
    }

    /**
     * Reads at most {@code maxRecords} records (blank lines skipped); one more means the file is too long.
     *
     * @throws MalformedCsv at a quote that is never closed or text after a closing quote
     */
    static CsvTable parse(String text, char delimiter, int maxRecords) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        int i = 0;
        while (i < text.length() && records.size() <= maxRecords) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    cell.append(c);
                }
            } else if (c == delimiter) {
                record.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(records, record, cell);
                record = new ArrayList<>();
                afterQuote = false;
            } else if (afterQuote) {
                throw new MalformedCsv(records.size() + 1, "Text follows a closing quote; quote the whole cell.");
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (records.size() > maxRecords) {
            return new CsvTable(records);
        }
        if (quoted) {
            throw new MalformedCsv(records.size() + 1, "A quote opened here is never closed.");
        }
        end(records, record, cell);
        return new CsvTable(records);
    }

    private static void end(List<List<String>> records, List<String> record, StringBuilder cell) {
        record.add(cell.toString());
        cell.setLength(0);
        boolean blank = record.size() == 1 && record.get(0).isBlank();
        if (!blank) {
            records.add(record);
        }
    }

    /** The delimiter a header line uses: a semicolon (as spreadsheets in many locales save) or a comma. */
    static char delimiterOf(String text) {
        int lineEnd = text.indexOf('\n');
        String header = lineEnd < 0 ? text : text.substring(0, lineEnd);
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    List<List<String>> records() {
        return records;
    }

    /** A file that is not CSV at the given record (1 is the first line). */
    static final class MalformedCsv extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int record;

        MalformedCsv(int record, String message) {
            super(message);
            this.record = record;
        }

        int record() {
            return record;
        }
    }
}
