package io.clientportal.integration;

import io.clientportal.audit.Actor;
import io.clientportal.clients.Client;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.TenantPersistence;
import io.clientportal.work.Project;
import io.clientportal.work.ProjectDetails;
import io.clientportal.work.Projects;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Optional;

/** Projects by the agency system's ids, through the back office's {@link Projects}. */
@Stateless
public class ProjectSync {

    @Inject
    private TenantPersistence persistence;

    @EJB
    private Projects registry;

    @Inject
    private ExternalIds externalIds;

    public Synced<ProjectView> put(String externalId, ProjectInput input, Actor actor) {
        EntityManager em = persistence.em();
        ExternalIds.check("externalId", externalId);
        Long clientId = input.client() == null ? null
                : externalIds.require(em, Client.class, "client", input.client()).getId();
        boolean billable = input.billable() != null ? input.billable() : clientId != null;
        ProjectDetails details = new ProjectDetails(clientId, input.name(), billable, input.hourlyRate(),
                input.active());
        Optional<Project> existing = externalIds.find(em, Project.class, externalId);
        if (existing.isEmpty()) {
            Project project = registry.create(details, actor);
            project.setExternalId(externalId);
            return new Synced<>(ProjectView.of(project), Outcome.CREATED);
        }
        Project project = existing.get();
        ProjectDetails current = detailsOf(project);
        if (current.equals(details)) {
            return new Synced<>(ProjectView.of(project), Outcome.UNCHANGED);
        }
        if (!Objects.equals(current.clientId(), clientId)) {
            throw new Refused("client", "A project's client cannot change; create a new project instead.");
        }
        return new Synced<>(ProjectView.of(registry.update(project.getId(), details, actor)),
                Outcome.UPDATED);
    }

    public Optional<ProjectView> get(String externalId) {
        return externalIds.find(persistence.em(), Project.class, externalId).map(ProjectView::of);
    }

    public Page<ProjectView> list(PageRequest page) {
        EntityManager em = persistence.em();
        return Page.of(em.createQuery("select p from Project p left join fetch p.client order by p.id",
                        Project.class),
                em.createQuery("select count(p) from Project p", Long.class), page, ProjectView::of);
    }

    private static ProjectDetails detailsOf(Project project) {
        return new ProjectDetails(project.isInternal() ? null : project.getClient().getId(), project.getName(),
                project.isBillable(), project.getHourlyRate(), project.isActive());
    }
}
