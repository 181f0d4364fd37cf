package io.clientportal.web.admin.projects;

import io.clientportal.identity.AccountIdentity;
import io.clientportal.work.Project;
import io.clientportal.work.Projects;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The agency's projects, client projects by client, internal ones last; the table filters and sorts in place. */
@Named
@ViewScoped
public class ProjectsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Projects registry;

    @Inject
    private AccountIdentity signedIn;

    private List<Project> projects;
    private List<Project> filtered;

    public void open() {
        projects = registry.list();
    }

    public List<Project> getProjects() {
        return projects;
    }

    public List<Project> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Project> filtered) {
        this.filtered = filtered;
    }
}
