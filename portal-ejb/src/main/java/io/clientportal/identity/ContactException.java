package io.clientportal.identity;

import jakarta.ejb.ApplicationException;

/** A contact change that cannot be made, with a message fit for the admin who asked. */
@ApplicationException(rollback = true)
public class ContactException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContactException(String message) {
        super(message);
    }
}
