package io.clientportal.identity;

import io.clientportal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use link sent to an account's owner (invitation or password reset). Usable once, before it expires, and
 * only until a newer link or a deactivation revokes it. Being tenant-owned, it only resolves on its tenant's host.
 */
@Entity
@Table(name = "account_link")
@NamedQuery(name = AccountLink.BY_HASH, query = "select l from AccountLink l where l.tokenHash = :hash")
@NamedQuery(name = AccountLink.PENDING_OF_ACCOUNT, query = "select l from AccountLink l "
        + "where l.account = :account and l.usedAt is null and l.revokedAt is null")
public class AccountLink extends TenantOwned {

    public static final String BY_HASH = "AccountLink.byHash";
    public static final String PENDING_OF_ACCOUNT = "AccountLink.pendingOfAccount";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id")
    private UserAccount account;
    @Enumerated(EnumType.STRING)
    private LinkPurpose purpose;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccountLink() {
    }

    AccountLink(UserAccount account, LinkPurpose purpose, LinkToken token, Instant createdAt, Instant expiresAt) {
        this.account = Objects.requireNonNull(account);
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = token.hash();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt) && account.isActive();
    }

    void use(Instant at) {
        this.usedAt = at;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }

    public UserAccount getAccount() {
        return account;
    }

    public LinkPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
