package io.clientportal.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "10.125, 10.12",   // half to even: 2 is even, stays
            "10.135, 10.14",   // half to even: 3 is odd, goes up
            "10.1251, 10.13",  // more than half goes up
            "-10.125, -10.12",
            "10, 10.00",
            "10.5, 10.50"})
    void roundsHalfToEvenToTwoDecimals(String amount, String expected) {
        assertEquals(expected, Money.of(amount).toString());
    }

    @Test
    void keepsItsCentsAndPrintsThemPlainly() {
        Money money = Money.of("10.50");

        assertEquals(new BigDecimal("10.50"), money.amount());
        assertEquals("10.50", money.toString());
        assertEquals("1000000.00", Money.of("1E+6").toString());
    }

    @Test
    void equalAmountsAreEqualWhateverTheirWrittenScale() {
        assertEquals(Money.of("10.5"), Money.of("10.500"));
    }

    @Test
    void addsAndSubtracts() {
        assertEquals(Money.of("15.75"), Money.of("10.50").plus(Money.of("5.25")));
        assertEquals(Money.of("5.25"), Money.of("10.50").minus(Money.of("5.25")));
        assertTrue(Money.of("5.25").minus(Money.of("10.50")).isNegative());
    }

    @Test
    void billsHoursAtAnHourlyRateRoundingTheResult() {
        assertEquals(Money.of("150.00"), Money.of("100.00").times(Hours.of("1.5")));
        // 33.33 x 0.25 = 8.3325
        assertEquals(Money.of("8.33"), Money.of("33.33").times(Hours.of("0.25")));
        // 33.33 x 1.5 = 49.995: the kept digit 9 is odd, so half goes up
        assertEquals(Money.of("50.00"), Money.of("33.33").times(Hours.of("1.5")));
    }

    @Test
    void takesAPercentage() {
        assertEquals(Money.of("20.00"), Money.of("100.00").percent(new BigDecimal("20")));
        assertEquals(Money.of("2.30"), Money.of("10.00").percent(new BigDecimal("23")));
        // 99.99 x 20% = 19.998
        assertEquals(Money.of("20.00"), Money.of("99.99").percent(new BigDecimal("20")));
        // 12.34 x 7.5% = 0.9255
        assertEquals(Money.of("0.93"), Money.of("12.34").percent(new BigDecimal("7.5")));
    }

    @Test
    void comparesByAmount() {
        assertTrue(Money.of("9.99").compareTo(Money.of("10.00")) < 0);
        assertEquals(0, Money.of("10").compareTo(Money.of("10.00")));
    }
}
