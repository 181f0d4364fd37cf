package io.clientportal.identity;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.clients.Client;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A client's contacts as its agency's admins manage them: invite (by email, with a link to set a password), send the
 * invitation again, deactivate (sessions end at the next request, pending links die) and reactivate. Every change is
 * audited; every email goes through the outbox in the same transaction.
 */
@Stateless
public class Contacts {

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

    /** The agency's clients, for choosing whose contacts to manage. */
    public List<Client> clients() {
        return persistence.em().createQuery("select c from Client c order by c.name", Client.class)
                .getResultList();
    }

    public List<ContactView> of(long clientId) {
        return persistence.em().createNamedQuery(UserAccount.CONTACTS_OF_CLIENT, UserAccount.class)
                .setParameter("clientId", clientId)
                .getResultStream()
                .map(ContactView::of)
                .toList();
    }

    /** Invites a new contact of the client; refuses an email that already has an account at this agency. */
    public void invite(long clientId, String name, String email, Actor actor) {
        EntityManager em = persistence.em();
        Client client = Optional.ofNullable(em.find(Client.class, clientId))
                .orElseThrow(() -> new ContactException("No such client."));
        String normalized = UserAccount.normalize(email);
        boolean taken = !em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", normalized).getResultList().isEmpty();
        if (taken) {
            throw new ContactException("An account with this email already exists.");
        }
        UserAccount contact = UserAccount.contact(client, normalized, name.strip(), clock.instant());
        em.persist(contact);
        sendInvitation(contact, actor);
    }

    /** Sends the invitation again; the earlier link stops working. */
    public void resendInvitation(long accountId, Actor actor) {
        UserAccount contact = contact(accountId);
        if (contact.getStatus() != AccountStatus.INVITED) {
            throw new ContactException("Only a contact who has not accepted yet can be invited again.");
        }
        sendInvitation(contact, actor);
    }

    public void deactivate(long accountId, Actor actor) {
        EntityManager em = persistence.em();
        UserAccount contact = contact(accountId);
        contact.deactivate();
        links.revokePending(em, contact);
        audit.record(em, actor.name(), AuditAction.CONTACT_DEACTIVATED, contact.getEmail(), actor.address());
    }

    public void reactivate(long accountId, Actor actor) {
        UserAccount contact = contact(accountId);
        contact.reactivate();
        audit.record(persistence.em(), actor.name(), AuditAction.CONTACT_REACTIVATED, contact.getEmail(),
                actor.address());
    }

    private void sendInvitation(UserAccount contact, Actor actor) {
        EntityManager em = persistence.em();
        Tenant owner = persistence.tenant();
        LinkIssuer.Issued link = links.issue(em, contact, LinkPurpose.INVITATION, owner);
        Instant now = clock.instant();
        contact.invitationSent(now);
        linkIssued.fire(new AccountLinkIssued(contact, LinkPurpose.INVITATION, link.url(), link.expiresAt()));
        audit.record(em, actor.name(), AuditAction.INVITATION_SENT, contact.getEmail(), actor.address());
    }

    /** A contact of this tenant; staff, admins and other tenants' accounts are not reachable through here. */
    private UserAccount contact(long accountId) {
        UserAccount account = persistence.em().find(UserAccount.class, accountId);
        if (account == null || account.getRole() != Role.CLIENT) {
            throw new ContactException("No such contact.");
        }
        return account;
    }
}
