package io.clientportal.tenancy;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/** Finds the tenant a request's subdomain names. Works unscoped: the tenant is what the scope is made from. */
@Stateless
public class TenantDirectory {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Optional<Tenant> findBySubdomain(String subdomain) {
        return em.createNamedQuery(Tenant.BY_SUBDOMAIN, Tenant.class)
                .setParameter("subdomain", subdomain.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }
}
