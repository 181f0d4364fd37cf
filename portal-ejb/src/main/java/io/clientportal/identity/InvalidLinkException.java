package io.clientportal.identity;

import jakarta.ejb.ApplicationException;

/** The link was used, revoked, expired, or never existed here: the page says so, with no detail of which. */
@ApplicationException(rollback = true)
public class InvalidLinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidLinkException() {
        super("This link is no longer valid.");
    }
}
