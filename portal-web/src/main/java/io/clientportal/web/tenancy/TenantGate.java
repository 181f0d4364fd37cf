package io.clientportal.web.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Decides whether a request's host names a tenant that serves the requested path, and answers "no such portal" (404)
 * when it does not. Asked by the sign-in mechanism (which runs before any filter, and must not send a visitor of an
 * unknown host to a sign-in page) and by {@link TenantResolutionFilter} for public pages.
 */
@RequestScoped
public class TenantGate {

    static final String NO_SUCH_PORTAL_PAGE = "/WEB-INF/errorpages/no-such-portal.html";
    private static final String REST_ROOT = "/api";
    /** Where Payara's MicroProfile Health answers ({@code /health}, {@code /health/ready}, {@code /health/live}...). */
    private static final String SERVER_HEALTH = "/health";

    @Inject
    private CurrentTenant currentTenant;

    public boolean admits(HttpServletRequest request) {
        if (REST_ROOT.equals(request.getServletPath())) {
            // The health check needs no tenant; the integration API answers an unknown host with a problem body.
            return true;
        }
        if (isServerHealth(request)) {
            // For the server's own address (probes of scripts and load balancers), never an agency's or the
            // platform's host: a stranger there learns nothing of the server, not even that it is Payara.
            return currentTenant.tenant().isEmpty();
        }
        // The platform has no clients, so it has no portal either.
        boolean portal = request.getServletPath().startsWith("/portal");
        return currentTenant.tenant().isPresent() && (currentTenant.isAgency() || !portal);
    }

    private static boolean isServerHealth(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(SERVER_HEALTH) || path.startsWith(SERVER_HEALTH + "/");
    }

    public void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        try {
            request.getRequestDispatcher(NO_SUCH_PORTAL_PAGE).forward(request, response);
        } catch (ServletException e) {
            throw new IOException(e);
        }
    }
}
