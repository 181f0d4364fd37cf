package io.clientportal.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/v1/openapi.json}: the API's OpenAPI document, public like any API reference. It is written by hand
 * next to this class (a test fails when a route is missing from it), so it says what the API promises rather than
 * what an annotation scanner guesses.
 */
@Path(OpenApiResource.PATH)
public class OpenApiResource {

    static final String PATH = "v1/openapi.json";
    static final String DOCUMENT = "openapi.json";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String document() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
