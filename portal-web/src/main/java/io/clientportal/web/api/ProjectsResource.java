package io.clientportal.web.api;

import io.clientportal.integration.Page;
import io.clientportal.integration.ProjectInput;
import io.clientportal.integration.ProjectSync;
import io.clientportal.integration.ProjectView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /api/v1/projects}: projects by external id, each with its client's external id (none: internal). */
@Path("v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ProjectsResource {

    @EJB
    private ProjectSync projects;

    @Inject
    private ApiRequest api;

    @GET
    public Page<ProjectView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return projects.list(Paging.of(page, size));
    }

    @GET
    @Path("{externalId}")
    public ProjectView get(@PathParam("externalId") String externalId) {
        return Answers.found(projects.get(externalId), "project", externalId);
    }

    @PUT
    @Path("{externalId}")
    public Response put(@PathParam("externalId") String externalId, String body) {
        JsonBody json = JsonBody.parse(body, "client", "name", "billable", "hourlyRate", "active");
        ProjectInput input = new ProjectInput(json.text("client"), json.text("name"), json.optionalFlag("billable"),
                json.money("hourlyRate"), json.flag("active", true));
        json.verified();
        return Answers.synced(projects.put(externalId, input, api.actor()));
    }
}
