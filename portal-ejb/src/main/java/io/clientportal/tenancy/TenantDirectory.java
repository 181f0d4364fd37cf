package io.clientportal.tenancy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/** Finds the tenant a request's subdomain names. Works unscoped: the tenant is what the scope is made from. */
@Stateless
public class TenantDirectory {

    @Inject
    private TenantPersistence persistence;

    public Optional<Tenant> findBySubdomain(String subdomain) {
        return persistence.unscoped().createNamedQuery(Tenant.BY_SUBDOMAIN, Tenant.class)
                .setParameter("subdomain", subdomain.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }
}
