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
 * <p>Content-Security-Policy: Faces pages get theirs from PrimeFaces' CSP mode (web.xml), which knows the nonce of
 * each page's scripts; here they get only {@code frame-ancestors 'none'}, which holds beside it (browsers enforce every
 * policy they are sent). Everything else (downloads, CSS, error pages, the API) runs no script and gets a policy that
 * allows nothing but its own styles and images.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String[] CACHEABLE = {"/jakarta.faces.resource/", "/branding/"};
    private static final String FACES_PAGE_POLICY = "frame-ancestors 'none'";
    private static final String NO_SCRIPT_POLICY = "default-src 'none'; img-src 'self'; style-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        // An error page is one whole answer, never a part of one.
        chain.doFilter(request.getDispatcherType() == DispatcherType.ERROR ? new WithoutRange(request) : request,
                response);
    }

    /**
     * Sets the headers; also called by the sign-in mechanism, which answers some requests (redirects to sign-in,
     * "no such portal") before any filter runs.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy",
                request.getServletPath().endsWith(".xhtml") ? FACES_PAGE_POLICY : NO_SCRIPT_POLICY);
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
