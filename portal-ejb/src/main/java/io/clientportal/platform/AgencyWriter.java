package io.clientportal.platform;

import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantPersistence;
import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The writes of opening an agency, each in a transaction (and so an EntityManager) of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AgencyWriter {

    @Inject
    private TenantPersistence persistence;

    @Inject
    private AuditLog audit;

    public TenantScope create(Tenant tenant) {
        EntityManager em = persistence.unscoped();
        boolean taken = !em.createNamedQuery(Tenant.BY_SUBDOMAIN, Tenant.class)
                .setParameter("subdomain", tenant.getSubdomain()).getResultList().isEmpty();
        if (taken) {
            throw new PlatformException("This subdomain is taken.");
        }
        em.persist(tenant);
        em.flush();
        return tenant.scope();
    }

    /** Records the opening in the platform's own audit log: the caller is the platform. */
    public void audit(String actor, String subdomain, String address) {
        audit.record(persistence.em(), actor, AuditAction.AGENCY_OPENED, subdomain, address);
    }
}
