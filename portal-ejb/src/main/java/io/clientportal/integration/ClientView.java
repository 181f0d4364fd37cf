package io.clientportal.integration;

import io.clientportal.clients.Client;

/** A client as the API shows it. */
public record ClientView(String externalId, long id, String name, String billingEmail, String billingAddress,
                         String taxId, boolean portalEnabled) {

    static ClientView of(Client client) {
        return new ClientView(client.getExternalId(), client.getId(), client.getName(), client.getBillingEmail(),
                client.getBillingAddress(), client.getTaxId(), client.isPortalEnabled());
    }
}
