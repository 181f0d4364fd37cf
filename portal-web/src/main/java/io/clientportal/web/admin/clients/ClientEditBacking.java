package io.clientportal.web.admin.clients;

import io.clientportal.audit.Actor;
import io.clientportal.clients.Client;
import io.clientportal.clients.ClientDetails;
import io.clientportal.clients.ClientRegistry;
import io.clientportal.identity.AccountIdentity;
import io.clientportal.kernel.Refused;
import io.clientportal.web.Messages;
import io.clientportal.web.admin.Pages;
import io.clientportal.web.admin.Refusals;
import io.clientportal.web.portal.Ids;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * One client's details, new ({@code edit.xhtml} without an id) or existing ({@code ?id=}). What was typed stays in
 * the form when the registry refuses it; the message appears next to the field it is about.
 */
@Named
@ViewScoped
public class ClientEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClientRegistry registry;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private Instance<Actor> actor;

    @Inject
    private Messages messages;

    @Inject
    private Refusals refusals;

    private String idParameter;
    private Long id;
    private String name;
    private String billingEmail;
    private String billingAddress;
    private String taxId;
    private boolean portalEnabled = true;

    public void open() throws IOException {
        if (idParameter == null || idParameter.isEmpty()) {
            return;
        }
        id = Ids.parse(idParameter).orElse(null);
        try {
            Client client = registry.find(signedIn.tenantScope(), id == null ? -1 : id);
            name = client.getName();
            billingEmail = client.getBillingEmail();
            billingAddress = client.getBillingAddress();
            taxId = client.getTaxId();
            portalEnabled = client.isPortalEnabled();
        } catch (Refused unknown) {
            id = null;
            Pages.notFound();
        }
    }

    public String save() {
        try {
            ClientDetails details = new ClientDetails(name, billingEmail, billingAddress, taxId, portalEnabled);
            Client saved = id == null ? registry.create(signedIn.tenantScope(), details, actor.get())
                    : registry.update(signedIn.tenantScope(), id, details, actor.get());
            messages.info("clients.saved", saved.getName());
            return Pages.redirect("/admin/clients/edit?id=" + saved.getId());
        } catch (Refused refused) {
            refusals.show("client", refused);
            return null;
        }
    }

    public boolean isExisting() {
        return id != null;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
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
