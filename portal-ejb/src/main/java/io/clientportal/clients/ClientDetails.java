package io.clientportal.clients;

import io.clientportal.kernel.Refused;
import io.clientportal.kernel.Text;

/**
 * What the agency says about a client: its name, where invoices go, and whether its contacts may use the portal.
 * Checked here once, whether it comes from a back-office form or from the integration API.
 */
public record ClientDetails(String name, String billingEmail, String billingAddress, String taxId,
                            boolean portalEnabled) {

    public ClientDetails {
        name = Text.required("name", name, 200);
        billingEmail = Text.optional("billingEmail", billingEmail, 254);
        billingAddress = Text.optional("billingAddress", billingAddress, 1000);
        taxId = Text.optional("taxId", taxId, 64);
        if (billingEmail != null && !billingEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new Refused("billingEmail", "The billing email is not an email address.");
        }
    }

    void applyTo(Client client) {
        client.rename(name);
        client.setBillingDetails(billingEmail, billingAddress, taxId);
        client.setPortalEnabled(portalEnabled);
    }
}
