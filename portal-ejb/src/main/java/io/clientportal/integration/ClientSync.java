package io.clientportal.integration;

import io.clientportal.audit.Actor;
import io.clientportal.clients.Client;
import io.clientportal.clients.ClientDetails;
import io.clientportal.clients.Clients;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Clients by the agency system's ids, through the back office's {@link Clients}. */
@Stateless
public class ClientSync {

    @Inject
    private TenantPersistence persistence;

    @EJB
    private Clients registry;

    @Inject
    private ExternalIds externalIds;

    public ClientSync() {
    }

    /** Outside the container: the tests hand in an EntityManager in a transaction of their own. */
    ClientSync(EntityManager em, Clients registry, ExternalIds externalIds) {
        this.persistence = new TenantPersistence(em);
        this.registry = registry;
        this.externalIds = externalIds;
    }

    public Synced<ClientView> put(String externalId, ClientDetails details, Actor actor) {
        ExternalIds.check("externalId", externalId);
        Optional<Client> existing = externalIds.find(persistence.em(), Client.class, externalId);
        if (existing.isEmpty()) {
            Client client = create(externalId, details, actor);
            client.setExternalId(externalId);
            return new Synced<>(ClientView.of(client), Outcome.CREATED);
        }
        Client client = existing.get();
        if (detailsOf(client).equals(details)) {
            return new Synced<>(ClientView.of(client), Outcome.UNCHANGED);
        }
        return new Synced<>(ClientView.of(registry.update(client.getId(), details, actor)), Outcome.UPDATED);
    }

    /**
     * A call that creates the same client at the same moment as another finds the other's client under its name
     * once that one committed: a conflict with the state of things (409, send again), not an invalid name.
     */
    private Client create(String externalId, ClientDetails details, Actor actor) {
        try {
            return registry.create(details, actor);
        } catch (Refused refused) {
            if (externalIds.find(persistence.em(), Client.class, externalId).isPresent()) {
                throw new Refused("Client " + externalId + " was created by a request at the same time; send again.");
            }
            throw refused;
        }
    }

    public Optional<ClientView> get(String externalId) {
        return externalIds.find(persistence.em(), Client.class, externalId).map(ClientView::of);
    }

    public Page<ClientView> list(PageRequest page) {
        EntityManager em = persistence.em();
        return Page.of(em.createQuery("select c from Client c order by c.id", Client.class),
                em.createQuery("select count(c) from Client c", Long.class), page, ClientView::of);
    }

    private static ClientDetails detailsOf(Client client) {
        return new ClientDetails(client.getName(), client.getBillingEmail(), client.getBillingAddress(),
                client.getTaxId(), client.isPortalEnabled());
    }
}
