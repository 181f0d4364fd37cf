package io.clientportal.web.tenancy;

import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantDirectory;
import io.clientportal.tenancy.TenantKind;
import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The tenant of the current request, read from its Host header once per request. Authentication runs before any
 * servlet filter, so the sign-in mechanism and the filter both ask this bean rather than one telling the other.
 */
@Named
@RequestScoped
public class CurrentTenant {

    @Inject
    private HttpServletRequest request;

    @EJB
    private TenantDirectory directory;

    private Optional<Tenant> tenant;

    public Optional<Tenant> tenant() {
        if (tenant == null) {
            tenant = Subdomains.of(request.getHeader("Host")).flatMap(directory::findBySubdomain);
        }
        return tenant;
    }

    public boolean isAgency() {
        return tenant().map(t -> t.getKind() == TenantKind.AGENCY).orElse(false);
    }

    public TenantScope scope() {
        return require().scope();
    }

    public String getName() {
        return require().getName();
    }

    public boolean hasLogo() {
        return tenant().map(t -> t.getLogoContentType() != null).orElse(false);
    }

    public ZoneId timeZone() {
        return require().getTimeZone();
    }

    private Tenant require() {
        return tenant().orElseThrow(() -> new IllegalStateException("No tenant for this request"));
    }
}
