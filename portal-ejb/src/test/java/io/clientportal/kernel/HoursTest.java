package io.clientportal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HoursTest {

    @Test
    void keepsTwoDecimals() {
        assertEquals(new BigDecimal("1.50"), Hours.of("1.5").value());
        assertEquals("8.00", Hours.of("8").toString());
        assertEquals(Hours.of("1.5"), Hours.of("1.50"));
    }

    @Test
    void roundsHalfToEven() {
        assertEquals("0.12", Hours.of("0.125").toString());
        assertEquals("0.14", Hours.of("0.135").toString());
    }

    @Test
    void rejectsNegativeHoursNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Hours.of("-0.25"));
        assertTrue(e.getMessage().contains("-0.25"), e.getMessage());
    }

    @Test
    void allowsZero() {
        assertEquals(0, Hours.of("0").compareTo(Hours.ZERO));
    }

    @Test
    void adds() {
        assertEquals(Hours.of("9.75"), Hours.of("7.5").plus(Hours.of("2.25")));
    }

    @Test
    void comparesByValue() {
        assertTrue(Hours.of("7.99").compareTo(Hours.of("8")) < 0);
    }
}
