package io.clientportal.web.admin.projects;

import io.clientportal.clients.Client;
import io.clientportal.clients.Clients;
import io.clientportal.kernel.Money;
import io.clientportal.kernel.Refused;
import io.clientportal.web.admin.EditForm;
import io.clientportal.web.admin.Pages;
import io.clientportal.work.Project;
import io.clientportal.work.ProjectDetails;
import io.clientportal.work.Projects;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * One project, new or existing ({@code ?id=}): its client (none: internal), name, whether its time is billed, the
 * hourly rate invoices use (empty: each person's billable rate), and whether it takes new time. The client is chosen
 * once, at creation.
 */
@Named
@ViewScoped
public class ProjectEditBacking extends EditForm {

    private static final long serialVersionUID = 1L;

    @EJB
    private Projects registry;

    @EJB
    private Clients agencyClients;

    private Long id;
    private List<Client> clients;
    private Long clientId;
    private String clientName;
    private String name;
    private boolean billable = true;
    private Money hourlyRate;
    private boolean active = true;

    public void open() throws IOException {
        clients = agencyClients.list();
        if (creating()) {
            // Most projects are a client's (and billable, as the form starts): the first client is the likely choice.
            clientId = clients.isEmpty() ? null : clients.get(0).getId();
            return;
        }
        try {
            Project project = registry.find(requestedId().orElse(-1L));
            id = project.getId();
            clientId = project.isInternal() ? null : project.getClient().getId();
            clientName = project.isInternal() ? null : project.getClient().getName();
            name = project.getName();
            billable = project.isBillable();
            hourlyRate = project.getHourlyRate();
            active = project.isActive();
        } catch (Refused unknown) {
            Pages.notFound();
        }
    }

    public String save() {
        return save("project", "projects.saved", () -> {
            ProjectDetails details = new ProjectDetails(clientId, name, billable,
                    hourlyRate, active);
            Project saved = id == null ? registry.create(details, actor())
                    : registry.update(id, details, actor());
            return new Saved(saved.getName(), "/admin/projects/index");
        });
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

    public Money getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(Money hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
