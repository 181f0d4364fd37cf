package io.clientportal.web.signin;

import io.clientportal.identity.AccountIdentity;
import io.clientportal.tenancy.CallerScope;
import io.clientportal.tenancy.ScopedWork;
import io.clientportal.web.tenancy.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Runs every request in its caller's scope, bound once here for all the services it calls: a signed-in account's
 * (its tenant, and for a contact its client), otherwise the tenant of the request's host (visitors, the integration
 * API, whose keys belong to that tenant). Authentication has run by now, and it accepts an identity only on its own
 * tenant's host. A host that names no tenant gets no scope; the tenant gate refuses such requests anyway.
 */
@WebFilter(filterName = "CallerScope", urlPatterns = "/*")
public class CallerScopeFilter extends HttpFilter {

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private SignedInAccount signedIn;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (ScopedWork.Binding bound = ScopedWork.bind(callerOf())) {
            chain.doFilter(request, response);
        }
    }

    private CallerScope callerOf() {
        AccountIdentity identity = signedIn.identity();
        if (identity != null) {
            return identity.callerScope();
        }
        return currentTenant.tenant().map(tenant -> CallerScope.of(tenant.scope())).orElse(null);
    }
}
