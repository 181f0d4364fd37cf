package io.clientportal.clients;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/** The agency's clients as its staff create and edit them. Every change is audited. */
@Stateless
public class Clients {

    @Inject
    private TenantPersistence persistence;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public Clients() {
    }

    /** Outside the container: the tests hand in an EntityManager in a transaction of their own. */
    public Clients(EntityManager em, AuditLog audit, Clock clock) {
        this.persistence = new TenantPersistence(em);
        this.audit = audit;
        this.clock = clock;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no BEGIN and COMMIT around it
    public List<Client> list() {
        return persistence.em().createQuery("select c from Client c order by c.name, c.id", Client.class)
                .getResultList();
    }

    /** A client of this tenant; refused for another tenant's id or a missing one. */
    public Client find(long clientId) {
        Client client = persistence.em().find(Client.class, clientId);
        if (client == null) {
            throw new Refused("client", "No such client.");
        }
        return client;
    }

    public Client create(ClientDetails details, Actor actor) {
        EntityManager em = persistence.em();
        requireFreeName(details.name(), null);
        Client client = new Client(details.name(), clock.instant());
        details.applyTo(client);
        em.persist(client);
        audit.record(em, actor.name(), AuditAction.CLIENT_CREATED, client.getName(), actor.address());
        return client;
    }

    public Client update(long clientId, ClientDetails details, Actor actor) {
        Client client = find(clientId);
        requireFreeName(details.name(), client);
        details.applyTo(client);
        audit.record(persistence.em(), actor.name(), AuditAction.CLIENT_UPDATED, client.getName(), actor.address());
        return client;
    }

    /** Two clients of one name could not be told apart on invoices, in lists or in an import file. */
    private void requireFreeName(String name, Client self) {
        boolean taken = persistence.em().createQuery("select c from Client c where lower(c.name) = lower(:name)",
                Client.class).setParameter("name", name).getResultStream().anyMatch(other -> other != self);
        if (taken) {
            throw new Refused("name", "Another client is already named " + name + ".");
        }
    }
}
