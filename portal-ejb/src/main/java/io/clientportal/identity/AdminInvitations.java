package io.clientportal.identity;

import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/** Invites a new agency's first admin: the account, its link and the email, in the new tenant's transaction. */
@Stateless
public class AdminInvitations {

    @Inject
    private TenantPersistence persistence;

    @Inject
    private LinkIssuer links;

    @Inject
    private Event<AccountLinkIssued> linkIssued;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void inviteFirstAdmin(String email, String name, String actor, String address) {
        EntityManager em = persistence.em();
        UserAccount admin = UserAccount.member(Role.ADMIN, email, name.strip(), clock.instant());
        em.persist(admin);
        Tenant owner = persistence.tenant();
        LinkIssuer.Issued link = links.issue(em, admin, LinkPurpose.INVITATION, owner);
        admin.invitationSent(clock.instant());
        linkIssued.fire(new AccountLinkIssued(admin, LinkPurpose.INVITATION, link.url(), link.expiresAt()));
        audit.record(em, actor, AuditAction.INVITATION_SENT, admin.getEmail(), address);
    }
}
