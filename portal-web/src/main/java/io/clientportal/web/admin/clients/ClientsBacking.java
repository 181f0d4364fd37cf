package io.clientportal.web.admin.clients;

import io.clientportal.clients.Client;
import io.clientportal.clients.Clients;
import io.clientportal.identity.AccountIdentity;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The agency's clients as a list the table filters and sorts in place. */
@Named
@ViewScoped
public class ClientsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Clients registry;

    @Inject
    private AccountIdentity signedIn;

    private List<Client> clients;
    private List<Client> filtered;

    public void open() {
        clients = registry.list();
    }

    public List<Client> getClients() {
        return clients;
    }

    public List<Client> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Client> filtered) {
        this.filtered = filtered;
    }
}
