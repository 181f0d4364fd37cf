package io.clientportal.platform;

import jakarta.ejb.ApplicationException;

/** A platform change that cannot be made, with a message fit for the super-admin who asked. */
@ApplicationException(rollback = true)
public class PlatformException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlatformException(String message) {
        super(message);
    }
}
