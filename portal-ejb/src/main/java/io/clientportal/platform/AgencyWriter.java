package io.clientportal.platform;

import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The writes of opening an agency, each in a transaction (and so an EntityManager) of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AgencyWriter {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    public TenantScope create(Tenant tenant) {
        boolean taken = !em.createNamedQuery(Tenant.BY_SUBDOMAIN, Tenant.class)
                .setParameter("subdomain", tenant.getSubdomain()).getResultList().isEmpty();
        if (taken) {
            throw new PlatformException("This subdomain is taken.");
        }
        em.persist(tenant);
        em.flush();
        return tenant.scope();
    }

    public void audit(TenantScope platform, String actor, String subdomain, String address) {
        audit.record(platform.applyTo(em), actor, AuditAction.AGENCY_OPENED, subdomain, address);
    }
}
