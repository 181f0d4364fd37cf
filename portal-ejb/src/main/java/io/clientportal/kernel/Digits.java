package io.clientportal.kernel;

import java.math.BigDecimal;

/**
 * How many digits a decimal sent by a person or another system may have, before and after the point: the bounds of
 * the column it is stored in. Checked on the value's precision and scale, which cost nothing to read, before anything
 * expands it: {@code 1e10000000} is one digit with an exponent, and rounding or printing it plainly would build ten
 * million digits (and the JDBC driver would convert it for hours). A value is refused rather than rounded, so what is
 * answered is what is stored.
 *
 * @param integer digits before the point, such as 10 for a NUMERIC(12, 2) column
 * @param fraction digits after it
 */
public record Digits(int integer, int fraction) {

    /** Longer text is refused unread: no bounded value needs more characters (leading zeros, an exponent). */
    static final int MAX_TEXT_LENGTH = 40;

    /** Text that is a plain number or in exponent form; refused when it is none or out of bounds. */
    public BigDecimal parse(String field, String text) {
        return check(field, read(field, text));
    }

    /** The value (a zero as plain 0); refused when it has more digits before or after the point than allowed. */
    public BigDecimal check(String field, BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO; // 0e10000000 is zero too, with a scale nothing should expand
        }
        // precision - scale is the number of digits before the point (negative for 0.00x): read, never expanded.
        boolean tooLarge = (long) value.precision() - value.scale() > integer;
        // 10.500 has no more precision than 10.5; stripping the zeros costs no more than the value's length.
        boolean tooExact = value.scale() > fraction && value.stripTrailingZeros().scale() > fraction;
        if (tooLarge || tooExact) {
            throw new Refused(field, "Write the " + Text.label(field) + " as a number with at most " + integer
                    + " digits before the point and " + fraction + " after it.");
        }
        return value;
    }

    /** A decimal written as text, bounded in length before it is parsed; refused when it is not a number. */
    public static BigDecimal read(String field, String text) {
        String number = text.strip();
        try {
            if (number.length() <= MAX_TEXT_LENGTH) {
                return new BigDecimal(number);
            }
        } catch (NumberFormatException e) {
            // Refused below, like text too long to be a number.
        }
        throw new Refused(field, "Write the " + Text.label(field) + " as a number such as 12.50.");
    }
}
