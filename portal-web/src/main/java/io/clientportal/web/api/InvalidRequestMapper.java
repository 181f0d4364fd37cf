package io.clientportal.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body or parameter the API could not read, with every field at fault. */
@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequest> {

    @Override
    public Response toResponse(InvalidRequest invalid) {
        return Problem.validation(invalid.status(), invalid.getMessage(), invalid.errors());
    }
}
