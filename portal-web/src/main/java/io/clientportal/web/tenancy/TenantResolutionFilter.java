package io.clientportal.web.tenancy;

import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantDirectory;
import io.clientportal.tenancy.TenantKind;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Resolves the request's tenant from its Host header before any page runs. The health endpoint answers on any host:
 * load balancers probe by address.
 */
@WebFilter(filterName = "TenantResolution", urlPatterns = "/*")
public class TenantResolutionFilter extends HttpFilter {

    static final String NO_SUCH_PORTAL_PAGE = "/WEB-INF/errorpages/no-such-portal.html";
    private static final String HEALTH = "/api/health";

    @EJB
    private TenantDirectory directory;

    @Inject
    private CurrentTenant currentTenant;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (HEALTH.equals(request.getServletPath() + nullToEmpty(request.getPathInfo()))) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Tenant> tenant = Subdomains.of(request.getHeader("Host")).flatMap(directory::findBySubdomain);
        if (tenant.isEmpty() || tenant.get().getKind() != TenantKind.AGENCY && isPortal(request)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            request.getRequestDispatcher(NO_SUCH_PORTAL_PAGE).forward(request, response);
            return;
        }
        currentTenant.resolvedTo(tenant.get());
        chain.doFilter(request, response);
    }

    /** The platform has no clients, so it has no portal either. */
    private static boolean isPortal(HttpServletRequest request) {
        return request.getServletPath().startsWith("/portal");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
