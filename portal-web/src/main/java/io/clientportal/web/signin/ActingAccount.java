package io.clientportal.web.signin;

import io.clientportal.audit.Actor;
import io.clientportal.identity.AccountIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who makes the back office's changes in this request, for the audit log: the signed-in account's email and the
 * address the request came from.
 */
@RequestScoped
public class ActingAccount {

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private HttpServletRequest request;

    /** Dependent: a record cannot be proxied; ask for it within the request that acts. */
    @Produces
    public Actor actor() {
        return new Actor(signedIn.email(), request.getRemoteAddr());
    }
}
