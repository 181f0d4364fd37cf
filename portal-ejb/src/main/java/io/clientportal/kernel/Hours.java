package io.clientportal.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A quantity of time in decimal hours with two decimals (1.25 is an hour and a quarter). Never negative. */
public record Hours(BigDecimal value) implements Comparable<Hours> {

    public static final Hours ZERO = new Hours(BigDecimal.ZERO);
    private static final int SCALE = 2;

    public Hours {
        Objects.requireNonNull(value, "value");
        value = value.setScale(SCALE, RoundingMode.HALF_EVEN);
        if (value.signum() < 0) {
            throw new IllegalArgumentException("Hours cannot be negative: " + value);
        }
    }

    public static Hours of(String value) {
        return new Hours(new BigDecimal(value));
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
