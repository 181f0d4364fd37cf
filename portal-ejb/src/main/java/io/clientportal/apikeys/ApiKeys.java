package io.clientportal.apikeys;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.kernel.Refused;
import io.clientportal.kernel.Text;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's API keys: created by its admins (the secret is returned once and never again), revoked by them, and
 * checked on every API call. A key is only ever looked for within the tenant of the request, so another tenant's key
 * is simply unknown.
 */
@Stateless
public class ApiKeys {

    @Inject
    private TenantPersistence persistence;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public List<ApiKey> list() {
        return persistence.em().createNamedQuery(ApiKey.ALL, ApiKey.class).getResultList();
    }

    /** Creates a key; the returned token is the only copy of its secret. */
    public ApiKeyToken create(String label, Actor actor) {
        EntityManager em = persistence.em();
        String name = Text.required("label", label, 100);
        ApiKeyToken token = ApiKeyToken.random();
        em.persist(new ApiKey(name, token, actor.name(), clock.instant()));
        audit.record(em, actor.name(), AuditAction.API_KEY_CREATED, token.displayName() + " (" + name + ")",
                actor.address());
        return token;
    }

    public void revoke(long keyId, Actor actor) {
        EntityManager em = persistence.em();
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null) {
            throw new Refused("key", "No such API key.");
        }
        key.revoke(clock.instant());
        audit.record(em, actor.name(), AuditAction.API_KEY_REVOKED,
                key.getDisplayName() + " (" + key.getLabel() + ")", actor.address());
    }

    /** The caller a presented key stands for in this tenant; empty for a malformed, unknown or revoked key. */
    public Optional<ApiCaller> authenticate(String presented) {
        Optional<ApiKeyToken> token = ApiKeyToken.parse(presented);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<ApiKey> key = persistence.em().createNamedQuery(ApiKey.BY_PREFIX, ApiKey.class)
                .setParameter("prefix", token.get().prefix()).getResultStream().findFirst()
                .filter(candidate -> candidate.accepts(token.get()));
        key.ifPresent(found -> found.usedAt(clock.instant()));
        return key.map(found -> new ApiCaller(found.getDisplayName(), found.getLabel()));
    }
}
