package io.clientportal.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A quantity of time in decimal hours with two decimals (1.25 is an hour and a quarter). Never negative. */
public record Hours(BigDecimal value) implements Comparable<Hours> {

    public static final Hours ZERO = new Hours(BigDecimal.ZERO);
    private static final int SCALE = 2;

    /** Hours sent from outside: the bounds of a time entry's NUMERIC(5, 2). */
    public static final Digits DIGITS = new Digits(3, SCALE);

    /**
     * Rounds, for hours computed here or read from the database; hours sent from outside come through
     * {@code of(field, value)}, which refuses what it would have to round.
     */
    public Hours {
        Objects.requireNonNull(value, "value");
        value = value.setScale(SCALE, RoundingMode.HALF_EVEN);
        if (value.signum() < 0) {
            throw new IllegalArgumentException("Hours cannot be negative: " + value);
        }
    }

    /** Hours written in the code, such as a limit or demo data. */
    public static Hours of(String value) {
        return new Hours(new BigDecimal(value));
    }

    /** Hours a person or another system sent for the field; refused beyond {@link #DIGITS}, never rounded. */
    public static Hours of(String field, BigDecimal value) {
        return new Hours(DIGITS.check(field, value));
    }

    /** The same, written as text. */
    public static Hours parse(String field, String value) {
        return new Hours(DIGITS.parse(field, value));
    }

    public Hours plus(Hours other) {
        return new Hours(value.add(other.value));
    }

    @Override
    public int compareTo(Hours other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
