package io.clientportal.web.signin;

import io.clientportal.identity.AccountIdentity;
import io.clientportal.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;

/**
 * The signed-in account of the current request, for views and for the scoped services behind them.
 *
 * <p>Beans that live longer than a request (servlets above all: one instance serves everybody) inject this bean, a
 * request-scoped proxy, and ask it for {@link #contact()} on every call. Injecting the identity itself there would fix
 * it to the first caller's for everyone after.
 */
@RequestScoped
public class SignedInAccount {

    @Inject
    private SecurityContext securityContext;

    /** Dependent: a record cannot be proxied, and the identity does not change within a request. */
    @Produces
    @Named("signedIn")
    public AccountIdentity identity() {
        return securityContext.getPrincipalsByType(AccountPrincipal.class).stream()
                .map(AccountPrincipal::identity)
                .findFirst()
                .orElse(null);
    }

    /** The signed-in client contact, if this request has one (portal pages admit nobody else). */
    public Optional<AccountIdentity> contact() {
        return Optional.ofNullable(identity()).filter(identity -> identity.role() == Role.CLIENT);
    }
}
