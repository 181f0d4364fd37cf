package io.clientportal.web.admin.clients;

import io.clientportal.clients.Client;
import io.clientportal.clients.ClientDetails;
import io.clientportal.clients.Clients;
import io.clientportal.kernel.Refused;
import io.clientportal.web.admin.EditForm;
import io.clientportal.web.admin.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * One client's details, new ({@code edit.xhtml} without an id) or existing ({@code ?id=}). What was typed stays in
 * the form when the registry refuses it; the message appears next to the field it is about.
 */
@Named
@ViewScoped
public class ClientEditBacking extends EditForm {

    private static final long serialVersionUID = 1L;

    @EJB
    private Clients registry;

    private Long id;
    private String name;
    private String billingEmail;
    private String billingAddress;
    private String taxId;
    private boolean portalEnabled = true;

    public void open() throws IOException {
        if (creating()) {
            return;
        }
        try {
            Client client = registry.find(requestedId().orElse(-1L));
            id = client.getId();
            name = client.getName();
            billingEmail = client.getBillingEmail();
            billingAddress = client.getBillingAddress();
            taxId = client.getTaxId();
            portalEnabled = client.isPortalEnabled();
        } catch (Refused unknown) {
            Pages.notFound();
        }
    }

    public String save() {
        return save("client", "clients.saved", () -> {
            ClientDetails details = new ClientDetails(name, billingEmail, billingAddress, taxId, portalEnabled);
            Client saved = id == null ? registry.create(details, actor())
                    : registry.update(id, details, actor());
            return new Saved(saved.getName(), "/admin/clients/edit?id=" + saved.getId());
        });
    }

    public boolean isExisting() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBillingEmail() {
        return billingEmail;
    }

    public void setBillingEmail(String billingEmail) {
        this.billingEmail = billingEmail;
    }

    public String getBillingAddress() {
        return billingAddress;
    }

    public void setBillingAddress(String billingAddress) {
        this.billingAddress = billingAddress;
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = taxId;
    }

    public boolean isPortalEnabled() {
        return portalEnabled;
    }

    public void setPortalEnabled(boolean portalEnabled) {
        this.portalEnabled = portalEnabled;
    }
}
