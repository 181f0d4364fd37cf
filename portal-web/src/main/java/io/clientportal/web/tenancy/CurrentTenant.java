package io.clientportal.web.tenancy;

import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The tenant of the current request, as resolved from its host; what views show of the agency. */
@Named
@RequestScoped
public class CurrentTenant {

    private Tenant tenant;

    void resolvedTo(Tenant resolved) {
        this.tenant = resolved;
    }

    public TenantScope scope() {
        return tenant.scope();
    }

    public String getName() {
        return tenant.getName();
    }

    public String getBrandColor() {
        return tenant.getBrandColor();
    }
}
