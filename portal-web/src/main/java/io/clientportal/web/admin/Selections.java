package io.clientportal.web.admin;

import io.clientportal.web.Messages;
import io.clientportal.web.portal.Ids;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a back-office URL chooses (a client, project or person by id; a status by name): one of the known ones,
 * or none, with a message when the URL named something unknown. A hand-edited or outdated link still shows a page.
 */
public final class Selections {

    private Selections() {
    }

    /** The id if it is one of the known ones; null when none was given, or (with a message) when it is unknown. */
    public static Long id(String text, List<Long> known, Messages messages, String unknownKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<Long> id = Ids.parse(text.strip()).filter(known::contains);
        if (id.isEmpty()) {
            messages.error(unknownKey);
        }
        return id.orElse(null);
    }

    /** The constant of that name; null when none was given, or (with a message) when it is unknown. */
    public static <E extends Enum<E>> E constant(Class<E> type, String text, Messages messages, String unknownKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<E> known = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text.strip()))
                .findFirst();
        if (known.isEmpty()) {
            messages.error(unknownKey);
        }
        return known.orElse(null);
    }
}
