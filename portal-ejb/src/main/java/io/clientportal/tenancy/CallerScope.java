package io.clientportal.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Whom the current work runs for: a tenant, and for a client's contact the client whose portal they read. The web
 * layer binds it once per request from the request's host and signed-in identity; work without a caller (timers, the
 * outbox, demo data, sign-in) names it explicitly with {@link ScopedWork}. The persistence owners
 * ({@link TenantPersistence}, {@code PortalPersistence}) scope their EntityManager from it, so no service passes a
 * scope around and none can forget one.
 *
 * <p>It is bound to the thread for exactly the duration of the request or the work: a container thread serves one
 * request at a time, and the binding is undone when the request or the work ends, whatever way it ends.
 */
public record CallerScope(TenantScope tenant, Long portalClientId) {

    private static final ThreadLocal<CallerScope> CURRENT = new ThreadLocal<>();

    public CallerScope {
        Objects.requireNonNull(tenant);
        if (portalClientId != null && portalClientId <= 0) {
            throw new IllegalArgumentException("Not a client id: " + portalClientId);
        }
    }

    /** Staff, an admin, an API key or a timer working for the tenant as a whole. */
    public static CallerScope of(TenantScope tenant) {
        return new CallerScope(tenant, null);
    }

    /** A contact, who reads their own client's portal only. */
    public static CallerScope contact(TenantScope tenant, long clientId) {
        return new CallerScope(tenant, clientId);
    }

    /** The client whose portal this caller reads; empty for everybody but a client's contact. */
    public OptionalLong portalClient() {
        return portalClientId == null ? OptionalLong.empty() : OptionalLong.of(portalClientId);
    }

    /** The scope the current thread works in, if any. */
    public static Optional<CallerScope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The scope the current thread works in; work that needs one and has none is a bug, told loudly. */
    public static CallerScope require() {
        return current().orElseThrow(() -> new IllegalStateException("This work runs in no tenant's scope: a request "
                + "is scoped by its host, and work without a caller names its scope with ScopedWork"));
    }

    /** Binds a scope to the thread and answers the one it replaces, for {@link ScopedWork} to restore. */
    static CallerScope bind(CallerScope scope) {
        CallerScope previous = CURRENT.get();
        if (scope == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(scope);
        }
        return previous;
    }
}
