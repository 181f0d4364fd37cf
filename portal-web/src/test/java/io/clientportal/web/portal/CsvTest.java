package io.clientportal.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cell of the hours export opens in a spreadsheet as the text it is, never as a formula. */
class CsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=HYPERLINK(\"http://evil.example\")|\"'=HYPERLINK(\"\"http://evil.example\"\")\"",
        "+1+1|\"'+1+1\"",
        "-2+3|\"'-2+3\"",
        "@SUM(A1:A2)|\"'@SUM(A1:A2)\"",
        "plain note, with a comma|\"plain note, with a comma\"",
        "a 1-2 range inside|\"a 1-2 range inside\""})
    void formulasAreDefusedAndEveryCellIsQuoted(String value, String expected) {
        assertEquals(expected + "\r\n", Csv.record(value));
    }

    @Test
    void quotesAreDoubledALeadingTabIsDefusedAndNullIsEmpty() {
        assertEquals("\"say \"\"hi\"\"\"\r\n", Csv.record("say \"hi\""));
        assertEquals("\r\n", Csv.record((String) null));
        assertEquals("\"'\t=1\"\r\n", Csv.record("\t=1"));
        assertEquals("\"a\",,\"'=b\"\r\n", Csv.record("a", null, "=b"));
    }
}
