package io.clientportal.web.admin.contacts;

import io.clientportal.audit.Actor;
import io.clientportal.clients.Client;
import io.clientportal.identity.AccountIdentity;
import io.clientportal.identity.ContactException;
import io.clientportal.identity.ContactView;
import io.clientportal.identity.Contacts;
import io.clientportal.identity.Role;
import io.clientportal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;

/**
 * One client's contacts, with the admin's actions on them: on the contacts page (the client chosen in the URL,
 * {@code ?client=}) and on a client's own page, where staff see the list and nothing else. The actions check the
 * role themselves, so a forged post by staff changes nothing whichever page it targets.
 */
@Named
@ViewScoped
public class ContactsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Contacts contacts;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private Messages messages;

    private Long clientId;
    private List<Client> clients;
    private List<ContactView> list;
    private String newName;
    private String newEmail;

    public void open() {
        clients = contacts.clients();
        boolean known = clientId != null && clients.stream().anyMatch(c -> c.getId().equals(clientId));
        if (!known) {
            clientId = clients.isEmpty() ? null : clients.get(0).getId();
        }
        reload();
    }

    /** Shows the given client's contacts (on the client's page, which has no client chooser). */
    public void openClient(Long client) {
        clientId = client;
        clients = List.of();
        reload();
    }

    public void invite() {
        act(actor -> contacts.invite(clientId, newName, newEmail, actor), "contacts.invited");
        newName = null;
        newEmail = null;
    }

    public void resend(long accountId) {
        act(actor -> contacts.resendInvitation(accountId, actor), "contacts.resent");
    }

    public void deactivate(long accountId) {
        act(actor -> contacts.deactivate(accountId, actor), "contacts.deactivated");
    }

    public void reactivate(long accountId) {
        act(actor -> contacts.reactivate(accountId, actor), "contacts.reactivated");
    }

    private void act(Consumer<Actor> change, String doneKey) {
        if (signedIn.role() != Role.ADMIN) {
            messages.error("contacts.adminOnly");
            return;
        }
        try {
            change.accept(actor());
            messages.info(doneKey);
        } catch (ContactException e) {
            messages.errorText(e.getMessage());
        }
        reload();
    }

    private Actor actor() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return new Actor(signedIn.email(), request.getRemoteAddr());
    }

    private void reload() {
        list = clientId == null ? List.of() : contacts.of(clientId);
    }

    public String getClientName() {
        return clients.stream().filter(c -> c.getId().equals(clientId)).map(Client::getName).findFirst()
                .orElse("");
    }

    public List<Client> getClients() {
        return clients;
    }

    public List<ContactView> getList() {
        return list;
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }
}
