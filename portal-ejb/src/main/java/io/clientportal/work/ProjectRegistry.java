package io.clientportal.work;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.clients.Client;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;

/**
 * The agency's projects as its staff create and edit them. A project's client is fixed when it is created: moving
 * a project would move its invoiced history to another client.
 */
@Stateless
public class ProjectRegistry {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /** All projects, client projects by client then name, internal ones last. */
    public List<Project> list(TenantScope tenant) {
        return tenant.applyTo(em).createQuery("select p from Project p left join fetch p.client c "
                + "order by case when c.id is null then 1 else 0 end, c.name, p.name, p.id", Project.class)
                .getResultList();
    }

    public Project find(TenantScope tenant, long projectId) {
        Project project = tenant.applyTo(em).find(Project.class, projectId);
        if (project == null) {
            throw new Refused("project", "No such project.");
        }
        return project;
    }

    public Project create(TenantScope tenant, ProjectDetails details, Actor actor) {
        tenant.applyTo(em);
        Project project;
        if (details.clientId() == null) {
            project = Project.internal(details.name());
        } else {
            Client client = em.find(Client.class, details.clientId());
            if (client == null) {
                throw new Refused("clientId", "No such client.");
            }
            project = Project.forClient(client, details.name(), details.hourlyRate());
        }
        details.applyTo(project);
        em.persist(project);
        audit.record(em, actor.name(), AuditAction.PROJECT_CREATED, project.getName(), actor.address());
        return project;
    }

    public Project update(TenantScope tenant, long projectId, ProjectDetails details, Actor actor) {
        Project project = find(tenant, projectId);
        Long current = project.isInternal() ? null : project.getClient().getId();
        if (!Objects.equals(current, details.clientId())) {
            throw new Refused("clientId", "A project's client cannot change; create a new project instead.");
        }
        details.applyTo(project);
        audit.record(em, actor.name(), AuditAction.PROJECT_UPDATED, project.getName(), actor.address());
        return project;
    }
}
