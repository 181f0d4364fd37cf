package io.clientportal.identity;

import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Invites a new agency's first admin: the account, its link and the email, in the new tenant's transaction. */
@Stateless
public class AdminInvitations {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private LinkIssuer links;

    @Inject
    private Event<AccountLinkIssued> linkIssued;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void inviteFirstAdmin(TenantScope tenant, String email, String name, String actor, String address) {
        UserAccount admin = UserAccount.member(Role.ADMIN, email, name.strip(), clock.instant());
        tenant.applyTo(em).persist(admin);
        Tenant owner = em.find(Tenant.class, tenant.tenantId());
        LinkIssuer.Issued link = links.issue(em, admin, LinkPurpose.INVITATION, owner);
        admin.invitationSent(clock.instant());
        linkIssued.fire(new AccountLinkIssued(tenant, admin, LinkPurpose.INVITATION, link.url(), link.expiresAt()));
        audit.record(em, actor, AuditAction.INVITATION_SENT, admin.getEmail(), address);
    }
}
