package io.clientportal.kernel;

/**
 * Checks free text typed by a person or sent by another system: trimmed, within the column's length, and free of
 * control characters (which no name or address needs and which break mails, CSV and PDFs).
 */
public final class Text {

    private Text() {
    }

    /** The stripped text; refused when missing or blank. */
    public static String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            throw new Refused(field, "Enter the " + label(field) + ".");
        }
        return text;
    }

    /** The stripped text, or null for a missing or blank one. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new Refused(field, "The " + label(field) + " has at most " + maxLength + " characters.");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new Refused(field, "The " + label(field) + " contains control characters.");
        }
        return text;
    }

    /** "billingEmail" reads as "billing email". */
    static String label(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
