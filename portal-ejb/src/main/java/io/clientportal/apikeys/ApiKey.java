package io.clientportal.apikeys;

import io.clientportal.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A key of the integration API as its tenant keeps it: a label, the public prefix and a hash of the secret. */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_PREFIX, query = "select k from ApiKey k where k.prefix = :prefix")
@NamedQuery(name = ApiKey.ALL, query = "select k from ApiKey k order by k.createdAt desc, k.id desc")
public class ApiKey extends TenantOwned {

    static final String BY_PREFIX = "ApiKey.byPrefix";
    static final String ALL = "ApiKey.all";

    /** Last use is recorded at most this often: a write on every call would cost more than it tells. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private String label;
    private String prefix;
    @Column(name = "secret_hash")
    private String secretHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiKey() {
    }

    public ApiKey(String label, ApiKeyToken token, String createdBy, Instant createdAt) {
        this.label = Objects.requireNonNull(label);
        this.prefix = token.prefix();
        this.secretHash = token.hash();
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    boolean accepts(ApiKeyToken token) {
        return revokedAt == null && token.matches(secretHash);
    }

    void usedAt(Instant at) {
        if (lastUsedAt == null || lastUsedAt.plus(USE_RESOLUTION).isBefore(at)) {
            lastUsedAt = at;
        }
    }

    /** Revoking is final: a key that leaked must never work again. Revoking twice keeps the first time. */
    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String getLabel() {
        return label;
    }

    /** The key's public name, such as {@code cp_ab12cd34_…}. */
    public String getDisplayName() {
        return ApiKeyToken.displayName(prefix);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
