package io.clientportal.web.tenancy;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Lets through only requests whose host names a tenant serving the path (see {@link TenantGate}). */
@WebFilter(filterName = "TenantResolution", urlPatterns = "/*")
public class TenantResolutionFilter extends HttpFilter {

    @Inject
    private TenantGate gate;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (gate.admits(request)) {
            chain.doFilter(request, response);
        } else {
            gate.refuse(request, response);
        }
    }
}
