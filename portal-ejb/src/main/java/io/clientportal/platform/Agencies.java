package io.clientportal.platform;

import io.clientportal.identity.AdminInvitations;
import io.clientportal.tenancy.ScopedWork;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantKind;
import io.clientportal.tenancy.TenantPersistence;
import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The agencies the platform hosts. Opening one creates the tenant, then (in the new tenant's own transaction, as an
 * EntityManager serves one tenant only) its first admin with an invitation to set a password, then records it in the
 * platform's audit log.
 */
@Stateless
public class Agencies {

    @Inject
    private TenantPersistence persistence;

    @EJB
    private AgencyWriter writer;

    @EJB
    private AdminInvitations invitations;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.public-url-template", defaultValue = "http://{subdomain}.localhost:8080")
    private String publicUrlTemplate;

    public List<Tenant> list() {
        return persistence.unscoped()
                .createQuery("select t from Tenant t where t.kind = :agency order by t.name", Tenant.class)
                .setParameter("agency", TenantKind.AGENCY)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void open(NewAgency agency, String actor, String address) {
        Tenant tenant = new Tenant(TenantKind.AGENCY, agency.subdomain(), agency.name().strip(),
                publicUrlTemplate.replace("{subdomain}", agency.subdomain()), agency.timeZone(), agency.currency(),
                clock.instant());
        TenantScope scope = writer.create(tenant);
        // The first admin belongs to the new agency, not to the platform admin who opens it.
        ScopedWork.run(scope, () -> invitations.inviteFirstAdmin(agency.adminEmail(), agency.adminName(), actor,
                address));
        writer.audit(actor, agency.subdomain(), address);
    }
}
