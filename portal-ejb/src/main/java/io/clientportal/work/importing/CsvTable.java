package io.clientportal.work.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV text as RFC 4180 has them, read by Commons CSV: fields separated by a delimiter, optionally
 * quoted (a quoted field may hold delimiters, line breaks and doubled quotes). Cells are returned as written: nothing
 * is interpreted, so a cell such as {@code =cmd|...} or markup stays plain text. Ours are only the sniffing of the
 * delimiter and the messages for a file that is not CSV.
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
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> read = parser.iterator();
            while (records.size() <= maxRecords && read.hasNext()) {
                List<String> record = read.next().toList();
                boolean blank = record.size() == 1 && record.get(0).isBlank();
                if (!blank) {
                    records.add(record);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MalformedCsv(records.size() + 1, unclosedQuote(e)
                    ? "A quote opened here is never closed."
                    : "Text follows a closing quote; quote the whole cell.");
        }
        return new CsvTable(records);
    }

    /** Commons CSV tells the two ways a quoted cell goes wrong apart only in its message. */
    private static boolean unclosedQuote(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("EOF reached before encapsulated token finished");
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
