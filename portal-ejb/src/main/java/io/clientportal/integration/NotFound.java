package io.clientportal.integration;

import jakarta.ejb.ApplicationException;

/** The external id in a request's address names nothing of the tenant's (an id in its body is {@code Refused}). */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}
