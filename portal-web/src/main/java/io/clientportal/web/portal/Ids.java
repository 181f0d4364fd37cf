package io.clientportal.web.portal;

import java.util.Optional;

/** Reads an entity id from a request parameter: a positive long, or nothing at all. */
public final class Ids {

    private Ids() {
    }

    public static Optional<Long> parse(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }
}
