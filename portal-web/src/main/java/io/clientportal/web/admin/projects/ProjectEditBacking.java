package io.clientportal.web.admin.projects;

import io.clientportal.audit.Actor;
import io.clientportal.clients.Client;
import io.clientportal.clients.ClientRegistry;
import io.clientportal.identity.AccountIdentity;
import io.clientportal.kernel.Refused;
import io.clientportal.web.Messages;
import io.clientportal.web.admin.Amounts;
import io.clientportal.web.admin.Pages;
import io.clientportal.web.admin.Refusals;
import io.clientportal.web.portal.Ids;
import io.clientportal.work.Project;
import io.clientportal.work.ProjectDetails;
import io.clientportal.work.ProjectRegistry;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * One project, new or existing ({@code ?id=}): its client (none: internal), name, whether its time is billed, the
 * hourly rate invoices use (empty: each person's billable rate), and whether it takes new time. The client is chosen
 * once, at creation.
 */
@Named
@ViewScoped
public class ProjectEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProjectRegistry registry;

    @EJB
    private ClientRegistry clientRegistry;

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
    private List<Client> clients;
    private Long clientId;
    private String clientName;
    private String name;
    private boolean billable = true;
    private String hourlyRate;
    private boolean active = true;

    public void open() throws IOException {
        clients = clientRegistry.list(signedIn.tenantScope());
        if (idParameter == null || idParameter.isEmpty()) {
            return;
        }
        try {
            Project project = registry.find(signedIn.tenantScope(), Ids.parse(idParameter).orElse(-1L));
            id = project.getId();
            clientId = project.isInternal() ? null : project.getClient().getId();
            clientName = project.isInternal() ? null : project.getClient().getName();
            name = project.getName();
            billable = project.isBillable();
            hourlyRate = project.getHourlyRate() == null ? null : project.getHourlyRate().toString();
            active = project.isActive();
        } catch (Refused unknown) {
            Pages.notFound();
        }
    }

    public String save() {
        try {
            ProjectDetails details = new ProjectDetails(clientId, name, billable,
                    Amounts.optional("hourlyRate", hourlyRate), active);
            Project saved = id == null ? registry.create(signedIn.tenantScope(), details, actor.get())
                    : registry.update(signedIn.tenantScope(), id, details, actor.get());
            messages.info("projects.saved", saved.getName());
            return Pages.redirect("/admin/projects/index");
        } catch (Refused refused) {
            refusals.show("project", refused);
            return null;
        }
    }

    public boolean isExisting() {
        return id != null;
    }

    public List<Client> getClients() {
        return clients;
    }

    public String getClientName() {
        return clientName;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isBillable() {
        return billable;
    }

    public void setBillable(boolean billable) {
        this.billable = billable;
    }

    public String getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(String hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
