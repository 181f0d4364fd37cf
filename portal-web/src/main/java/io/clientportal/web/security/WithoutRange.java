package io.clientportal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;

/**
 * A request with no {@code Range} or {@code If-Range} header. Error pages are static files, and the container serves a
 * static file in pieces when asked: a ranged request for another client's invoice got "206 Partial Content" with a
 * slice of the "not found" page instead of a plain 404.
 */
final class WithoutRange extends HttpServletRequestWrapper {

    WithoutRange(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getHeader(String name) {
        return isRange(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return isRange(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                .filter(name -> !isRange(name)).toList());
    }

    private static boolean isRange(String name) {
        return "Range".equalsIgnoreCase(name) || "If-Range".equalsIgnoreCase(name);
    }
}
