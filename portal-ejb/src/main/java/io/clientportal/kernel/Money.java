package io.clientportal.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in the currency of whatever carries it (an invoice, a tenant). Always two decimals, rounded half
 * to even so that sums of rounded line amounts do not drift upwards.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final int SCALE = 2;

    /** An amount sent from outside: the bounds of the narrowest money columns, the rates' NUMERIC(12, 2). */
    public static final Digits DIGITS = new Digits(10, SCALE);

    /**
     * Rounds, for amounts computed here or read from the database; amounts sent from outside come through
     * {@code of(field, value)}, which refuses what it would have to round.
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** An amount written in the code, such as a constant or demo data. */
    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    /** An amount a person or another system sent for the field; refused beyond {@link #DIGITS}, never rounded. */
    public static Money of(String field, BigDecimal amount) {
        return new Money(DIGITS.check(field, amount));
    }

    /** The same, written as text. */
    public static Money parse(String field, String amount) {
        return new Money(DIGITS.parse(field, amount));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** The amount billed for a number of hours at this hourly rate. */
    public Money times(Hours hours) {
        return new Money(amount.multiply(hours.value()));
    }

    /** A percentage of this amount, such as a tax rate of 20 (percent). */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).movePointLeft(2));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
