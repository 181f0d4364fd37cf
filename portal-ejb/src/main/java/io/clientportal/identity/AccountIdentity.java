package io.clientportal.identity;

import io.clientportal.tenancy.CallerScope;
import io.clientportal.tenancy.TenantScope;
import java.io.Serializable;
import java.util.Objects;

/**
 * Who signed in, as the web layer keeps it in the session: enough to scope every later request (the tenant, and for
 * a contact the portal client) without trusting anything the request says. The session generation is the account's
 * at sign-in; once the account's has moved on (a new password, a deactivation) the session is worth nothing.
 */
public record AccountIdentity(long tenantId, long accountId, String email, String displayName, Role role,
                              Long portalClientId, long sessionGeneration) implements Serializable {

    public AccountIdentity {
        Objects.requireNonNull(email);
        Objects.requireNonNull(role);
        if ((role == Role.CLIENT) != (portalClientId != null)) {
            throw new IllegalArgumentException("Only a contact, and every contact, has a portal client");
        }
    }

    static AccountIdentity of(long tenantId, UserAccount account) {
        return new AccountIdentity(tenantId, account.getId(), account.getEmail(), account.getDisplayName(),
                account.getRole(), account.getPortalClientId(), account.getSessionGeneration());
    }

    public TenantScope tenantScope() {
        return new TenantScope(tenantId);
    }

    /** Whom this account's requests run for: its tenant, and for a contact the client whose portal it reads. */
    public CallerScope callerScope() {
        return portalClientId == null ? CallerScope.of(tenantScope())
                : CallerScope.contact(tenantScope(), portalClientId);
    }
}
