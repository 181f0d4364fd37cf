package io.clientportal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers sent from outside are bounded before anything expands them. Before these bounds, {@code 1e10000000} as a
 * rate was rounded to two decimals (ten million digits) and held a CPU core for hours in the JDBC driver.
 */
class DigitsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e10000000", "1E+131080", "10000000000", "1e10", "-1e10000000"})
    void anAmountInExponentFormBeyondTheColumnIsRefusedNamingTheField(String rate) {
        Refused refused = assertThrows(Refused.class, () -> Money.of("costRate", new BigDecimal(rate)));

        assertEquals("costRate", refused.field());
        assertEquals("Write the cost rate as a number with at most 10 digits before the point and 2 after it.",
                refused.getMessage());
        assertEquals("costRate", assertThrows(Refused.class, () -> Money.parse("costRate", rate)).field());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e10000000", "1e-10000000", "1000", "24.001"})
    void hoursInExponentFormOrBeyondTheColumnAreRefused(String hours) {
        assertEquals("hours", assertThrows(Refused.class, () -> Hours.of("hours", new BigDecimal(hours))).field());
    }

    @Test
    void tooManyDecimalsAreRefusedRatherThanRoundedToAnotherValue() {
        assertThrows(Refused.class, () -> Money.parse("amount", "10.555"));
        assertThrows(Refused.class, () -> Money.parse("amount", "1e-10000000"));
        assertEquals(Money.of("10.50"), Money.parse("amount", "10.500"), "trailing zeros are the same value");
    }

    @Test
    void whatTheColumnsHoldIsAcceptedAsSent() {
        assertEquals(new BigDecimal("9999999999.99"), Money.parse("costRate", "9999999999.99").amount());
        assertEquals(new BigDecimal("1200.00"), Money.parse("costRate", "1.2e3").amount());
        assertEquals(new BigDecimal("999.99"), Hours.parse("hours", "999.99").value());
        assertEquals(Money.ZERO, Money.parse("amount", "0e10000000"), "a zero with any exponent is zero");
    }

    @Test
    void textIsBoundedInLengthBeforeItIsParsed() {
        Refused tooLong = assertThrows(Refused.class, () -> Digits.read("taxRate", "1".repeat(1_000_000)));
        assertEquals("taxRate", tooLong.field());
        assertEquals("Write the tax rate as a number such as 12.50.", tooLong.getMessage());
        assertEquals("hours", assertThrows(Refused.class, () -> Digits.read("hours", "six")).field());
        assertEquals("hours", assertThrows(Refused.class, () -> Digits.read("hours", "1e99999999999")).field());
        assertTrue(Digits.read("hours", " 7.5 ").compareTo(new BigDecimal("7.5")) == 0);
    }
}
