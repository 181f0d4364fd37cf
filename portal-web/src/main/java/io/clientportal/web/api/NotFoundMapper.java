package io.clientportal.web.api;

import io.clientportal.integration.NotFound;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The external id in the address names nothing of this tenant's. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFound> {

    @Override
    public Response toResponse(NotFound notFound) {
        return Problem.notFound(notFound.getMessage());
    }
}
