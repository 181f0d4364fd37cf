package io.clientportal.web.api;

import io.clientportal.apikeys.ApiCaller;
import io.clientportal.apikeys.ApiKeys;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantKind;
import io.clientportal.web.tenancy.CurrentTenant;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Authenticates every integration API request by its {@code Authorization: Bearer} key, within the tenant of the
 * request's host, before anything else runs: no key, a malformed, unknown, revoked or another tenant's key all get
 * the same 401 and nothing else, whatever the address (even one with no route). A browser session counts for nothing
 * here; the sign-in mechanism leaves {@code /api} alone (see {@code PortalAuthenticationMechanism}), because only a
 * JAX-RS filter can answer with a problem body. The OpenAPI document is public: it describes, it holds no data.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ApiKeyFilter implements ContainerRequestFilter {

    static final String VERSION_PATH = "v1/";
    private static final String BEARER = "Bearer ";

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private ApiRequest apiRequest;

    @EJB
    private ApiKeys keys;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!path.startsWith(VERSION_PATH) || path.equals(OpenApiResource.PATH)) {
            return;
        }
        Optional<Tenant> agency = currentTenant.tenant().filter(t -> t.getKind() == TenantKind.AGENCY);
        if (agency.isEmpty()) {
            request.abortWith(Problem.notFound("No agency is served at this address."));
            return;
        }
        Optional<ApiCaller> caller = presentedKey(request)
                .flatMap(key -> keys.authenticate(agency.get().scope(), key));
        if (caller.isEmpty()) {
            request.abortWith(Problem.unauthorized("Send a valid API key of this agency as "
                    + "'Authorization: Bearer <key>'. Admins create keys on the API keys page."));
            return;
        }
        apiRequest.authenticated(caller.get());
    }

    private static Optional<String> presentedKey(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()));
    }
}
