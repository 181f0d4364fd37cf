package io.clientportal.web.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.kernel.DateRange;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RangeParametersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    @Test
    void aPresetNamesItsRangeRelativeToToday() {
        assertEquals(Optional.of(new DateRange(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 22))),
                RangeParameters.read("this-week", null, null, TODAY).range());
        assertEquals(Optional.of(new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31))),
                RangeParameters.read("last-quarter", "2020-01-01", "2020-01-02", TODAY).range());
    }

    @Test
    void twoDatesInOrderAreTheRange() {
        RangeParameters.Reading reading = RangeParameters.read(null, " 2026-01-01", "2026-01-31 ", TODAY);
        assertEquals(Optional.of(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))),
                reading.range());
        assertTrue(reading.problem().isEmpty());
    }

    @Test
    void noParametersNameNoRangeAndNoProblem() {
        RangeParameters.Reading reading = RangeParameters.read("", " ", null, TODAY);
        assertTrue(reading.range().isEmpty());
        assertTrue(reading.problem().isEmpty());
    }

    @Test
    void eachWrongInputNamesItsProblem() {
        assertProblem("range.unknownPreset", "forever", null, null);
        assertProblem("range.incomplete", null, "2026-01-01", "");
        assertProblem("range.notADate", null, "yesterday", "today");
        assertProblem("range.absurd", null, "1999-12-31", "2000-01-31");
        assertProblem("range.absurd", null, "2026-01-01", "+99999-01-01");
        assertProblem("range.notADate", null, "2026-01-01", "99999-01-01");
        assertProblem("range.inverted", null, "2026-05-01", "2026-01-01");
    }

    private static void assertProblem(String key, String preset, String from, String to) {
        RangeParameters.Reading reading = RangeParameters.read(preset, from, to, TODAY);
        assertEquals(Optional.of(key), reading.problem(), preset + " " + from + " " + to);
        assertTrue(reading.range().isEmpty());
    }
}
