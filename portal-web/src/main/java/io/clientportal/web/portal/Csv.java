package io.clientportal.web.portal;

import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Records of the hours export: RFC 4180 written by Commons CSV, every cell quoted, and our one rule on top: a cell
 * that starts with a formula character is defused with an apostrophe, so a spreadsheet never runs what a note says.
 */
final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    /** One record ended by CRLF; a null cell is empty. */
    static String record(String... cells) {
        return FORMAT.format(Arrays.stream(cells).map(Csv::defused).toArray()) + FORMAT.getRecordSeparator();
    }

    private static String defused(String cell) {
        if (cell == null || cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0) {
            return cell;
        }
        return "'" + cell;
    }
}
