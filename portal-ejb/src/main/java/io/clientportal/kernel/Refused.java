package io.clientportal.kernel;

import jakarta.ejb.ApplicationException;

/**
 * A change the agency's rules refuse, with a message fit for the person (or system) that asked and, where one input
 * is to blame, the name of that field. Thrown from a transaction, it rolls the transaction back: nothing half-done.
 */
@ApplicationException(rollback = true)
public class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public Refused(String message) {
        this(null, message);
    }

    public Refused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input the refusal is about, as the caller named it; null when it is about the request as a whole. */
    public String field() {
        return field;
    }
}
