package io.clientportal.work.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading import files: quoting as spreadsheets write it, and the files refused before any row is checked. */
class TimeCsvTest {

    @Test
    void quotedCellsKeepDelimitersQuotesAndLineBreaks() {
        CsvTable table = CsvTable.parse("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\r\nx,\"two\nlines\",=1+1\n", ',', 10);
        assertEquals(List.of(List.of("a", "b,1", "say \"hi\""), List.of("x", "two\nlines", "=1+1")), table.records());
    }

    @Test
    void aSemicolonHeaderMeansSemicolons() {
        assertEquals(';', CsvTable.delimiterOf("date;email;project;hours\n1,5"));
        assertEquals(',', CsvTable.delimiterOf("date,email,project,hours,note\nx;y"));
    }

    @Test
    void anUnclosedQuoteIsReportedAtItsRow() {
        TimeCsv csv = read("date,email,project,hours\n2026-01-01,a@b.example,\"P,1\n");
        assertEquals(List.of(new RowError(2, null, "A quote opened here is never closed.")), csv.errors());
    }

    @Test
    void textAfterAClosingQuoteIsReportedAtItsRow() {
        TimeCsv csv = read("date,email,project,hours\n2026-01-01,a@b.example,\"P\"x,1\n");
        assertEquals(List.of(new RowError(2, null, "Text follows a closing quote; quote the whole cell.")),
                csv.errors());
    }

    @Test
    void theHeaderNamesKnownColumnsOnce() {
        TimeCsv csv = read("\uFEFFDate,Email,Project,Hours,Hours,Rate\n");
        assertEquals(List.of("1 hours", "1 null"),
                csv.errors().stream().map(e -> e.row() + " " + e.column()).toList());
    }

    @Test
    void tooManyRowsOrBytesAreRefusedAsAWhole() {
        String tooMany = "date,email,project,hours\n" + "2026-01-01,a@b.example,P,1\n".repeat(TimeCsv.MAX_ROWS + 1);
        assertTrue(read(tooMany).errors().get(0).message().contains("more than 5000 rows"));
        assertTrue(TimeCsv.read(new byte[TimeCsv.MAX_BYTES + 1]).errors().get(0).aboutFile());
        String justEnough = "date,email,project,hours\n" + "2026-01-01,a@b.example,P,1\n".repeat(TimeCsv.MAX_ROWS);
        assertEquals(List.of(), read(justEnough).errors());
        assertEquals(TimeCsv.MAX_ROWS, read(justEnough).rows().size());
    }

    private static TimeCsv read(String text) {
        return TimeCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }
}
