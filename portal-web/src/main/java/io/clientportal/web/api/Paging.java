package io.clientportal.web.api;

import io.clientportal.integration.PageRequest;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code ?page=&size=}: page 1 and 50 items unless asked otherwise; the bounds are {@link PageRequest}'s. */
final class Paging {

    static final int DEFAULT_SIZE = 50;

    private Paging() {
    }

    static PageRequest of(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        int pageNo = number("page", page, 1, errors);
        int pageSize = number("size", size, DEFAULT_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(422, "The paging parameters are whole numbers.", errors);
        }
        return new PageRequest(pageNo, pageSize);
    }

    /** A whole number; one too long for an int is beyond every bound, and reads as the int furthest that way. */
    private static int number(String name, String text, int absent, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        String digits = text.strip();
        if (!digits.matches("[+-]?[0-9]+")) {
            errors.add(new FieldError(name, "The " + name + " is a whole number."));
            return absent;
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooLong) {
            return digits.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
    }
}
