package io.clientportal.integration;

import io.clientportal.audit.Actor;
import io.clientportal.clients.Client;
import io.clientportal.clients.ClientDetails;
import io.clientportal.clients.ClientRegistry;
import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Clients by the agency system's ids, through the back office's {@link ClientRegistry}. */
@Stateless
public class ClientSync {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private ClientRegistry registry;

    @Inject
    private ExternalIds externalIds;

    public Synced<ClientView> put(TenantScope tenant, String externalId, ClientDetails details, Actor actor) {
        ExternalIds.check("externalId", externalId);
        Optional<Client> existing = externalIds.find(tenant.applyTo(em), Client.class, externalId);
        if (existing.isEmpty()) {
            Client client = registry.create(tenant, details, actor);
            client.setExternalId(externalId);
            return new Synced<>(ClientView.of(client), Outcome.CREATED);
        }
        Client client = existing.get();
        if (detailsOf(client).equals(details)) {
            return new Synced<>(ClientView.of(client), Outcome.UNCHANGED);
        }
        return new Synced<>(ClientView.of(registry.update(tenant, client.getId(), details, actor)), Outcome.UPDATED);
    }

    public Optional<ClientView> get(TenantScope tenant, String externalId) {
        return externalIds.find(tenant.applyTo(em), Client.class, externalId).map(ClientView::of);
    }

    public Page<ClientView> list(TenantScope tenant, PageRequest page) {
        tenant.applyTo(em);
        return Page.of(em.createQuery("select c from Client c order by c.id", Client.class),
                em.createQuery("select count(c) from Client c", Long.class), page, ClientView::of);
    }

    private static ClientDetails detailsOf(Client client) {
        return new ClientDetails(client.getName(), client.getBillingEmail(), client.getBillingAddress(),
                client.getTaxId(), client.isPortalEnabled());
    }
}
