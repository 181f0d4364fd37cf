package io.clientportal.web.branding;

import io.clientportal.tenancy.Tenant;
import io.clientportal.web.tenancy.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Serves the current agency's colour as a style sheet and its logo as an image. The colour goes into a style sheet
 * rather than a style attribute so pages carry no inline styles; it is checked to be a hex colour before it is written,
 * and comes with a readable form of itself for text (see {@link ReadableAccent}).
 */
@WebServlet(urlPatterns = {"/branding/theme.css", "/branding/logo"})
public class BrandingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** A request-scoped proxy: the tenant of each request's own host. */
    @Inject
    private CurrentTenant currentTenant;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Tenant> tenant = currentTenant.tenant();
        if (tenant.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getServletPath().endsWith(".css")) {
            theme(tenant.get(), response);
        } else {
            logo(tenant.get(), response);
        }
    }

    private static void theme(Tenant tenant, HttpServletResponse response) throws IOException {
        response.setContentType("text/css;charset=UTF-8");
        String colour = tenant.getBrandColor();
        if (colour != null && HEX_COLOUR.matcher(colour).matches()) {
            // The colour itself where it only decorates (the header's rule), its readable form wherever it must be
            // seen: text, white text on it, the hours' bars, the focus ring.
            response.getWriter().print(":root { --portal-accent: " + colour + "; --portal-accent-ink: "
                    + ReadableAccent.of(colour) + "; }\n");
        }
    }

    private static void logo(Tenant tenant, HttpServletResponse response) throws IOException {
        byte[] logo = tenant.getLogo();
        String type = tenant.getLogoContentType();
        if (logo == null || type == null || !type.startsWith("image/png") && !type.startsWith("image/jpeg")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setContentLength(logo.length);
        response.getOutputStream().write(logo);
    }
}
