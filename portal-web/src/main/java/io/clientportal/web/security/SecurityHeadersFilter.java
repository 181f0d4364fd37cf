package io.clientportal.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sets the security headers on every response before anything is written, so error pages and downloads carry them
 * too. Nothing is cached but the static resources: portal pages and downloads hold one client's data.
 *
 * <p>A script policy (Content-Security-Policy for scripts, with PrimeFaces' CSP mode) is still to come; for now the
 * policy forbids framing only.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String[] CACHEABLE = {"/jakarta.faces.resource/", "/branding/"};

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers; also called by the sign-in mechanism, which answers some requests (redirects to sign-in,
     * "no such portal") before any filter runs.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isCacheable(request.getServletPath())) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    private static boolean isCacheable(String path) {
        for (String prefix : CACHEABLE) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
