package io.clientportal.identity;

import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.tenancy.CallerScope;
import io.clientportal.tenancy.ScopedWork;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.Optional;

/**
 * Checks credentials against the accounts of one tenant only. Unknown and known accounts take the same path (a hash
 * is verified either way), so neither the answer nor its timing tells whether an email has an account.
 */
@Stateless
public class SignIn {

    @Inject
    private TenantPersistence persistence;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    /** Verifies and audits a sign-in attempt from the given client address. */
    public Optional<AccountIdentity> verify(String email, String password, String address) {
        EntityManager em = persistence.em();
        Optional<UserAccount> account = em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", UserAccount.normalize(email))
                .getResultStream()
                .findFirst();
        String hash = account.map(UserAccount::getPasswordHash).orElse(null);
        boolean matches = passwords.verify(password, hash);
        if (account.isEmpty() || !matches || !account.get().maySignIn()) {
            audit.record(em, UserAccount.normalize(email), AuditAction.SIGN_IN_FAILED, null, address);
            return Optional.empty();
        }
        UserAccount signedIn = account.get();
        if (passwords.needsRehash(hash)) {
            em.createNamedQuery(UserAccount.REPLACE_HASH)
                    .setParameter("newHash", passwords.hash(password))
                    .setParameter("id", signedIn.getId())
                    .setParameter("oldHash", hash)
                    .executeUpdate();
        }
        em.createNamedQuery(UserAccount.RECORD_SIGN_IN)
                .setParameter("at", clock.instant())
                .setParameter("id", signedIn.getId())
                .executeUpdate();
        audit.record(em, signedIn.getEmail(), AuditAction.SIGN_IN_SUCCEEDED, null, address);
        return Optional.of(AccountIdentity.of(CallerScope.require().tenant().tenantId(), signedIn));
    }

    /**
     * Whether a signed-in account may still act: checked on every request, so deactivating a contact, or closing its
     * client's portal, ends its sessions at once; and a session from before the account's last password change or
     * deactivation never works again. One statement and no transaction, as it runs before every page.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isStillActive(AccountIdentity identity) {
        // Checked before the request is scoped (authentication comes first): the identity names its tenant.
        return ScopedWork.call(identity.tenantScope(), () -> {
            String jpql = "select count(u) from UserAccount u where u.id = :id and u.active = true "
                    + "and u.role = :role and u.sessionGeneration = :generation";
            if (identity.portalClientId() != null) {
                jpql += " and u.portalClient.id = :client and exists (select c.id from Client c "
                        + "where c.id = :client and c.portalEnabled = true)";
            }
            TypedQuery<Long> query = persistence.em().createQuery(jpql, Long.class)
                    .setParameter("id", identity.accountId())
                    .setParameter("role", identity.role())
                    .setParameter("generation", identity.sessionGeneration());
            if (identity.portalClientId() != null) {
                query.setParameter("client", identity.portalClientId());
            }
            return query.getSingleResult() == 1;
        });
    }
}
