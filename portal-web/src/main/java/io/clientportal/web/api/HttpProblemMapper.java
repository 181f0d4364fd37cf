package io.clientportal.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals: no such route (404), method (405), media type (406, 415). */
@Provider
public class HttpProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 404 ? "There is nothing at this address."
                : "The request cannot be answered as sent (" + status.getReasonPhrase() + ").";
        return Problem.http(status, detail);
    }
}
