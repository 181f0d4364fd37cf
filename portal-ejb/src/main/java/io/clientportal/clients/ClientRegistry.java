package io.clientportal.clients;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** The agency's clients as its staff create and edit them. Every change is audited. */
@Stateless
public class ClientRegistry {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no BEGIN and COMMIT around it
    public List<Client> list(TenantScope tenant) {
        return tenant.applyTo(em).createQuery("select c from Client c order by c.name, c.id", Client.class)
                .getResultList();
    }

    /** A client of this tenant; refused for another tenant's id or a missing one. */
    public Client find(TenantScope tenant, long clientId) {
        Client client = tenant.applyTo(em).find(Client.class, clientId);
        if (client == null) {
            throw new Refused("client", "No such client.");
        }
        return client;
    }

    public Client create(TenantScope tenant, ClientDetails details, Actor actor) {
        requireFreeName(tenant, details.name(), null);
        Client client = new Client(details.name(), clock.instant());
        details.applyTo(client);
        tenant.applyTo(em).persist(client);
        audit.record(em, actor.name(), AuditAction.CLIENT_CREATED, client.getName(), actor.address());
        return client;
    }

    public Client update(TenantScope tenant, long clientId, ClientDetails details, Actor actor) {
        Client client = find(tenant, clientId);
        requireFreeName(tenant, details.name(), client);
        details.applyTo(client);
        audit.record(em, actor.name(), AuditAction.CLIENT_UPDATED, client.getName(), actor.address());
        return client;
    }

    /** Two clients of one name could not be told apart on invoices, in lists or in an import file. */
    private void requireFreeName(TenantScope tenant, String name, Client self) {
        boolean taken = tenant.applyTo(em).createQuery("select c from Client c where lower(c.name) = lower(:name)",
                Client.class).setParameter("name", name).getResultStream().anyMatch(other -> other != self);
        if (taken) {
            throw new Refused("name", "Another client is already named " + name + ".");
        }
    }
}
