package io.clientportal.web.api;

import io.clientportal.kernel.Refused;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A rule refused the request. About one field, it is invalid input (422, the field named); about the request as a
 * whole, it conflicts with the state of things (409), such as issuing an invoice again with other dates.
 */
@Provider
public class RefusedMapper implements ExceptionMapper<Refused> {

    @Override
    public Response toResponse(Refused refused) {
        if (refused.field() == null) {
            return Problem.conflict(refused.getMessage());
        }
        return Problem.validation(422, "A field of the request is not acceptable.",
                List.of(new FieldError(refused.field(), refused.getMessage())));
    }
}
