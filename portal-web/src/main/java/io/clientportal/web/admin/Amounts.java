package io.clientportal.web.admin;

import io.clientportal.kernel.Money;
import io.clientportal.kernel.Refused;

/**
 * Reads an amount typed into a form (120, 120.5, 120,50), refusing anything else against the field it came from; its
 * bounds are {@link Money#DIGITS}.
 */
public final class Amounts {

    private Amounts() {
    }

    /** The amount, or null for an empty field. */
    public static Money optional(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String amount = text.strip().replace(',', '.');
        if (!amount.matches("\\d+(\\.\\d+)?")) {
            throw new Refused(field, "Write an amount like 120.00 (no currency sign, at most two decimals).");
        }
        return Money.parse(field, amount);
    }

    public static Money required(String field, String text) {
        Money amount = optional(field, text);
        if (amount == null) {
            throw new Refused(field, "Enter an amount, 0 if there is none.");
        }
        return amount;
    }
}
