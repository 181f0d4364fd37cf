package io.clientportal.kernel;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);

    @Test
    void rejectsALastDayBeforeTheFirstNamingBothDates() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DateRange(MARCH_31, MARCH_1));

        assertAll(
                () -> assertTrue(e.getMessage().contains("2025-03-31"), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("2025-03-01"), e.getMessage()));
    }

    @Test
    void allowsASingleDay() {
        assertEquals(1, new DateRange(MARCH_1, MARCH_1).days());
    }

    @Test
    void monthRunsFromTheFirstToTheLastDayOfTheMonth() {
        assertEquals(new DateRange(MARCH_1, MARCH_31), DateRange.month(LocalDate.of(2025, 3, 17)));
        assertEquals(new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)),
                DateRange.month(LocalDate.of(2024, 2, 29)));
        assertEquals(new DateRange(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)),
                DateRange.month(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void containsBothEndsAndNothingOutside() {
        DateRange march = DateRange.month(MARCH_1);

        assertAll(
                () -> assertTrue(march.contains(MARCH_1)),
                () -> assertTrue(march.contains(MARCH_31)),
                () -> assertFalse(march.contains(MARCH_1.minusDays(1))),
                () -> assertFalse(march.contains(MARCH_31.plusDays(1))));
    }

    @Test
    void countsDaysInclusively() {
        assertEquals(31, DateRange.month(MARCH_1).days());
        assertEquals(28, DateRange.month(LocalDate.of(2025, 2, 1)).days());
        assertEquals(366, new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).days());
    }

    @Test
    void datesOfYear0Or99999AreRefusedNamingTheField() {
        for (LocalDate absurd : List.of(LocalDate.of(0, 1, 1), LocalDate.of(99999, 12, 31), LocalDate.of(1999, 12, 31),
                LocalDate.of(2101, 1, 1))) {
            Refused refused = assertThrows(Refused.class, () -> DateRange.SUPPORTED.check("workDate", absurd));
            assertEquals("workDate", refused.field());
            assertEquals("The work date is a day from 2000-01-01 to 2100-12-31.", refused.getMessage());
        }
        assertEquals(LocalDate.of(2000, 1, 1), DateRange.SUPPORTED.check("workDate", LocalDate.of(2000, 1, 1)));
        assertEquals(LocalDate.of(2100, 12, 31), DateRange.SUPPORTED.check("workDate", LocalDate.of(2100, 12, 31)));
    }
}
