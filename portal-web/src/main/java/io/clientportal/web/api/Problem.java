package io.clientportal.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * RFC 9457 problem details: every failure of the API answers with one, never with a server's HTML page or a stack
 * trace. The type names the kind of problem; {@code errors} names each field at fault.
 */
final class Problem {

    static final String MEDIA_TYPE = "application/problem+json";
    /** Problem types are names, not pages: a URN promises nothing to dereference. */
    private static final String TYPES = "urn:client-portal:problem:";

    private Problem() {
    }

    static Response validation(int status, String detail, List<FieldError> errors) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        errors.forEach(error -> {
            JsonObjectBuilder item = Json.createObjectBuilder();
            if (error.field() != null) {
                item.add("field", error.field());
            }
            list.add(item.add("message", error.message()));
        });
        return respond(body("validation", status == 400 ? "Malformed request" : "Invalid request", status, detail)
                .add("errors", list));
    }

    static Response unauthorized(String detail) {
        return Response.fromResponse(respond(body("unauthorized", "Unauthorized", 401, detail)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"client-portal\"").build();
    }

    static Response notFound(String detail) {
        return respond(body("not-found", "Not found", 404, detail));
    }

    static Response conflict(String detail) {
        return respond(body("conflict", "Conflict", 409, detail));
    }

    /** A problem of HTTP itself (wrong method, media type ...): the status says it all. */
    static Response http(Response.StatusType status, String detail) {
        return respond(Json.createObjectBuilder().add("type", "about:blank")
                .add("title", status.getReasonPhrase()).add("status", status.getStatusCode())
                .add("detail", detail));
    }

    static Response unexpected() {
        return respond(body("unexpected", "Internal error", 500,
                "The request failed on the server. Nothing was changed; try again, or tell the agency."));
    }

    private static JsonObjectBuilder body(String type, String title, int status, String detail) {
        return Json.createObjectBuilder().add("type", TYPES + type).add("title", title).add("status", status)
                .add("detail", detail);
    }

    private static Response respond(JsonObjectBuilder problem) {
        var json = problem.build();
        return Response.status(json.getInt("status")).type(MEDIA_TYPE).entity(json.toString()).build();
    }
}
