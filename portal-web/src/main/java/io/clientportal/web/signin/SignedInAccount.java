package io.clientportal.web.signin;

import io.clientportal.identity.AccountIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The signed-in account of the current request, for views and for the scoped services behind them. */
@RequestScoped
public class SignedInAccount {

    @Inject
    private SecurityContext securityContext;

    /** Dependent: a record cannot be proxied, and the identity does not change within a request. */
    @Produces
    @Named("signedIn")
    AccountIdentity identity() {
        return securityContext.getPrincipalsByType(AccountPrincipal.class).stream()
                .map(AccountPrincipal::identity)
                .findFirst()
                .orElse(null);
    }
}
