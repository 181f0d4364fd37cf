package io.clientportal.identity;

import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.tenancy.ScopedWork;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantPersistence;
import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Invitation and password-reset links: issued in the transaction of the change (which tells the {@code notices} to
 * mail them, see {@link AccountLinkIssued}), and redeemed once to set a password. Links are built from the tenant's configured public URL, never from a request's
 * Host header, and resolve only on their own tenant's host.
 */
@Stateless
public class AccountLinks {

    @Inject
    private TenantPersistence persistence;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private LinkIssuer issuer;

    @Inject
    private Event<AccountLinkIssued> linkIssued;

    @Inject
    private Event<PasswordChanged> passwordChanged;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** What a link is for, as the set-password page shows it; empty when the link is not usable. */
    public Optional<LinkPurpose> check(String token) {
        return usable(token).map(AccountLink::getPurpose);
    }

    /** Sets the password through a link. Returns the policy's objection, or empty when the password was set. */
    public Optional<String> setPassword(String token, String newPassword, String address) {
        EntityManager em = persistence.em();
        Optional<String> problem = PasswordPolicy.problemWith(newPassword);
        if (problem.isPresent()) {
            return problem;
        }
        AccountLink link = usable(token).orElseThrow(InvalidLinkException::new);
        Instant now = clock.instant();
        UserAccount account = link.getAccount();
        link.use(now);
        if (link.getPurpose() == LinkPurpose.INVITATION) {
            account.invitationAccepted(passwords.hash(newPassword), now);
            audit.record(em, account.getEmail(), AuditAction.INVITATION_ACCEPTED, account.getEmail(), address);
        } else {
            account.changePassword(passwords.hash(newPassword));
        }
        audit.record(em, account.getEmail(), AuditAction.PASSWORD_CHANGED, account.getEmail(), address);
        passwordChanged.fire(new PasswordChanged(account));
        return Optional.empty();
    }

    /**
     * Sends a reset link when the email has an active account; does nothing visible otherwise, so the answer tells
     * nobody whether the account exists. Asynchronous: the request that asked is answered before the account is even
     * looked up, so a known email costs it no more time than an unknown one. It runs on a thread of its own, where
     * the request's scope is not bound: the caller names its tenant.
     */
    @Asynchronous
    public void requestReset(TenantScope tenant, String email, String address) {
        ScopedWork.run(tenant, () -> {
            EntityManager em = persistence.em();
            em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                    .setParameter("email", UserAccount.normalize(email))
                    .getResultStream()
                    .filter(UserAccount::isActive)
                    .findFirst()
                    .ifPresent(account -> {
                        LinkIssuer.Issued issued = issuer.issue(em, account, LinkPurpose.PASSWORD_RESET,
                                persistence.tenant());
                        linkIssued.fire(new AccountLinkIssued(account, LinkPurpose.PASSWORD_RESET, issued.url(),
                                issued.expiresAt()));
                        audit.record(em, account.getEmail(), AuditAction.PASSWORD_RESET_REQUESTED,
                                account.getEmail(), address);
                    });
        });
    }

    private Optional<AccountLink> usable(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return persistence.em().createNamedQuery(AccountLink.BY_HASH, AccountLink.class)
                .setParameter("hash", LinkToken.hashOf(token))
                .getResultStream()
                .filter(link -> link.isUsableAt(now))
                .findFirst();
    }

}
