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
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Authenticates every integration API request by its {@code Authorization: Bearer} key, within the tenant of the
 * request's host, before anything else runs: no key, a malformed, unknown, revoked or another tenant's key all get
 * the same 401 and nothing else, whatever the address (even one with no route). A browser session counts for nothing
 * here; the sign-in mechanism leaves {@code /api} alone (see {@code SignInMechanism}), because only a
 * JAX-RS filter can answer with a problem body. The OpenAPI document is public: it describes, it holds no data.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class ApiKeyFilter implements ContainerRequestFilter {

    /**
     * What answers without a key: the health check and the API's description. Everything else under the REST root
     * needs one, so a resource added later cannot be left open by forgetting it here.
     */
    private static final Set<String> PUBLIC = Set.of("health", OpenApiResource.PATH);
    private static final String BEARER = "Bearer ";

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private ApiRequest apiRequest;

    @EJB
    private ApiKeys keys;

    @Override
    public void filter(ContainerRequestContext request) {
        if (PUBLIC.contains(routedPath(request))) {
            return;
        }
        Optional<Tenant> agency = currentTenant.tenant().filter(t -> t.getKind() == TenantKind.AGENCY);
        if (agency.isEmpty()) {
            request.abortWith(Problem.notFound("No agency is served at this address."));
            return;
        }
        Optional<ApiCaller> caller = presentedKey(request)
                .flatMap(keys::authenticate);
        if (caller.isEmpty()) {
            request.abortWith(Problem.unauthorized("Send a valid API key of this agency as "
                    + "'Authorization: Bearer <key>'. Admins create keys on the API keys page."));
            return;
        }
        apiRequest.authenticated(caller.get());
    }

    /**
     * The path as routing sees it: segments without their matrix parameters ({@code v1;x=y/clients} is routed to
     * {@code v1/clients}) and without empty ones, so no spelling of a route can pass for a public one.
     */
    private static String routedPath(ContainerRequestContext request) {
        return request.getUriInfo().getPathSegments().stream().map(PathSegment::getPath)
                .filter(segment -> !segment.isEmpty()).collect(Collectors.joining("/"));
    }

    private static Optional<String> presentedKey(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()));
    }
}
