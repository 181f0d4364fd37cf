package io.clientportal.identity;

import io.clientportal.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues single-use links on the caller's tenant-scoped EntityManager, in the caller's transaction. A new link revokes
 * the account's older ones: only the newest link sent works. Links are built from the tenant's configured public URL,
 * never from a request's Host header.
 */
@ApplicationScoped
public class LinkIssuer {

    static final String SET_PASSWORD_PATH = "/set-password.xhtml?token=";

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.link.validity-days", defaultValue = "7")
    private int validityDays;

    Issued issue(EntityManager em, UserAccount account, LinkPurpose purpose, Tenant tenant) {
        revokePending(em, account);
        Instant now = clock.instant();
        LinkToken token = LinkToken.random();
        Instant expiresAt = now.plus(Duration.ofDays(validityDays));
        em.persist(new AccountLink(account, purpose, token, now, expiresAt));
        return new Issued(tenant.getPublicUrl() + SET_PASSWORD_PATH + token.value(), expiresAt);
    }

    void revokePending(EntityManager em, UserAccount account) {
        Instant now = clock.instant();
        em.createNamedQuery(AccountLink.PENDING_OF_ACCOUNT, AccountLink.class)
                .setParameter("account", account)
                .getResultList()
                .forEach(link -> link.revoke(now));
    }

    /** A link just issued: where it points and until when it works. */
    record Issued(String url, Instant expiresAt) {
    }
}
