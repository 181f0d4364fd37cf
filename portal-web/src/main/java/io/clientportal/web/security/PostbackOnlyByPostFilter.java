package io.clientportal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Changes are made by POST only. Faces takes any request that carries a view state for a postback, a GET included,
 * and runs its action: a link with the form's fields in its query would change data, and its view state would end up
 * in browser histories, logs and Referer headers. Such a request is refused before Faces sees it.
 */
@WebFilter(filterName = "PostbackOnlyByPost", urlPatterns = "*.xhtml")
public class PostbackOnlyByPostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) && carriesViewState(request.getQueryString())) {
            response.setHeader("Allow", "POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Reads the raw query rather than the parameters: parsing them here would fix their character encoding before
     * Faces sets it. Decoded first, so that a name written as {@code jakarta%2Efaces%2EViewState} is caught too.
     */
    private static boolean carriesViewState(String query) {
        if (query == null) {
            return false;
        }
        try {
            return URLDecoder.decode(query, StandardCharsets.UTF_8).contains(VIEW_STATE + "=");
        } catch (IllegalArgumentException malformed) {
            return query.toLowerCase(Locale.ROOT).contains("viewstate");
        }
    }
}
