package io.clientportal.work;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.clients.Client;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The agency's projects as its staff create and edit them. A project's client is fixed when it is created: moving
 * a project would move its invoiced history to another client.
 */
@Stateless
public class Projects {

    @Inject
    private TenantPersistence persistence;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** All projects, client projects by client then name, internal ones last. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no BEGIN and COMMIT around it
    public List<Project> list() {
        return persistence.em().createQuery("select p from Project p left join fetch p.client c "
                + "order by case when c.id is null then 1 else 0 end, c.name, p.name, p.id", Project.class)
                .getResultList();
    }

    public Project find(long projectId) {
        Project project = persistence.em().find(Project.class, projectId);
        if (project == null) {
            throw new Refused("project", "No such project.");
        }
        return project;
    }

    public Project create(ProjectDetails details, Actor actor) {
        EntityManager em = persistence.em();
        Project project;
        if (details.clientId() == null) {
            project = Project.internal(details.name(), clock.instant());
        } else {
            Client client = em.find(Client.class, details.clientId());
            if (client == null) {
                throw new Refused("clientId", "No such client.");
            }
            project = Project.forClient(client, details.name(), details.hourlyRate(), clock.instant());
        }
        requireFreeName(project.getClient(), details.name(), null);
        details.applyTo(project);
        em.persist(project);
        audit.record(em, actor.name(), AuditAction.PROJECT_CREATED, project.getName(), actor.address());
        return project;
    }

    public Project update(long projectId, ProjectDetails details, Actor actor) {
        Project project = find(projectId);
        Long current = project.isInternal() ? null : project.getClient().getId();
        if (!Objects.equals(current, details.clientId())) {
            throw new Refused("clientId", "A project's client cannot change; create a new project instead.");
        }
        requireFreeName(project.getClient(), details.name(), project);
        details.applyTo(project);
        audit.record(persistence.em(), actor.name(), AuditAction.PROJECT_UPDATED, project.getName(), actor.address());
        return project;
    }

    /**
     * One client (or the agency itself, for internal projects) has one project of a name: people pick projects by
     * name, in forms and in imported files.
     */
    private void requireFreeName(Client client, String name, Project self) {
        TypedQuery<Project> sameName = persistence.em().createQuery(
                "select p from Project p where lower(p.name) = lower(:name) and "
                + (client == null ? "p.client is null" : "p.client = :client"), Project.class)
                .setParameter("name", name);
        if (client != null) {
            sameName.setParameter("client", client);
        }
        if (sameName.getResultStream().anyMatch(other -> other != self)) {
            throw new Refused("name", client == null ? "Another internal project is named " + name + "."
                    : client.getName() + " already has a project named " + name + ".");
        }
    }
}
