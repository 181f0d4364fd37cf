package io.clientportal.web.api;

import io.clientportal.integration.NotFound;
import io.clientportal.integration.Outcome;
import io.clientportal.integration.Synced;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;

/** How the resources answer: an upsert with 201 or 200 and what it did, a lookup with the thing or a 404. */
final class Answers {

    /** Says whether a create-or-update created, updated or changed nothing. */
    static final String OUTCOME_HEADER = "Upsert-Outcome";

    private Answers() {
    }

    static Response synced(Synced<?> synced) {
        return Response.status(synced.outcome() == Outcome.CREATED ? Response.Status.CREATED : Response.Status.OK)
                .header(OUTCOME_HEADER, synced.outcome().name().toLowerCase(Locale.ROOT))
                .entity(synced.view()).build();
    }

    static <T> T found(Optional<T> view, String what, String externalId) {
        return view.orElseThrow(() -> new NotFound("No " + what + " has the external id " + externalId + "."));
    }
}
