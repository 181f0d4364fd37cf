package io.clientportal.web.admin.time;

import io.clientportal.web.Messages;
import io.clientportal.web.portal.Ids;
import java.util.List;
import java.util.Optional;

/** Reads the id of a client, project or person chosen in a URL: one of the tenant's, or none with a message. */
final class Selections {

    private Selections() {
    }

    /** The id if it is one of the known ones; null when none was given, or (with a message) when it is unknown. */
    static Long known(String text, List<Long> ids, Messages messages, String unknownKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<Long> id = Ids.parse(text.strip()).filter(ids::contains);
        if (id.isEmpty()) {
            messages.error(unknownKey);
        }
        return id.orElse(null);
    }
}
