package io.clientportal.identity;

import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks credentials against the accounts of one tenant only. Unknown and known accounts take the same path (a hash
 * is verified either way), so neither the answer nor its timing tells whether an email has an account.
 */
@Stateless
public class SignIn {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Clock clock;

    public Optional<AccountIdentity> verify(TenantScope tenant, String email, String password) {
        Optional<UserAccount> account = tenant.applyTo(em).createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", UserAccount.normalize(email))
                .getResultStream()
                .findFirst();
        String hash = account.map(UserAccount::getPasswordHash).orElse(null);
        boolean matches = passwords.verify(password, hash);
        if (account.isEmpty() || !matches || !account.get().isActive()) {
            return Optional.empty();
        }
        UserAccount signedIn = account.get();
        if (passwords.needsRehash(hash)) {
            signedIn.setPasswordHash(passwords.hash(password));
        }
        signedIn.recordSignIn(clock.instant());
        return Optional.of(AccountIdentity.of(tenant.tenantId(), signedIn));
    }

    /** Whether a signed-in account may still act: checked on every request, so deactivation ends sessions at once. */
    public boolean isStillActive(AccountIdentity identity) {
        UserAccount account = identity.tenantScope().applyTo(em).find(UserAccount.class, identity.accountId());
        return account != null && account.isActive() && account.getRole() == identity.role();
    }
}
