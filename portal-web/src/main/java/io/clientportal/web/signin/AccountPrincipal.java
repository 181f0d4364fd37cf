package io.clientportal.web.signin;

import io.clientportal.identity.AccountIdentity;
import jakarta.security.enterprise.CallerPrincipal;

/** The caller principal of a signed-in account, carrying the identity that scopes its requests. */
public class AccountPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final AccountIdentity identity;

    public AccountPrincipal(AccountIdentity identity) {
        super(identity.email());
        this.identity = identity;
    }

    public AccountIdentity identity() {
        return identity;
    }
}
