package io.clientportal.web.api;

import java.util.List;

/** A request the API cannot read: malformed JSON (400), or fields of the wrong type or shape (422). */
public class InvalidRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<FieldError> errors;

    InvalidRequest(int status, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    int status() {
        return status;
    }

    List<FieldError> errors() {
        return errors;
    }
}
