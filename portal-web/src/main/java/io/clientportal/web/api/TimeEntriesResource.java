package io.clientportal.web.api;

import io.clientportal.integration.Page;
import io.clientportal.integration.TimeEntryInput;
import io.clientportal.integration.TimeEntrySync;
import io.clientportal.integration.TimeEntryView;
import io.clientportal.work.TimeEntryStatus;
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

/** {@code /api/v1/time-entries}: time by external id, with its review state (SUBMITTED, APPROVED, REJECTED). */
@Path("v1/time-entries")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TimeEntriesResource {

    @EJB
    private TimeEntrySync entries;

    @Inject
    private ApiRequest api;

    @GET
    public Page<TimeEntryView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return entries.list(Paging.of(page, size));
    }

    @GET
    @Path("{externalId}")
    public TimeEntryView get(@PathParam("externalId") String externalId) {
        return Answers.found(entries.get(externalId), "time entry", externalId);
    }

    @PUT
    @Path("{externalId}")
    public Response put(@PathParam("externalId") String externalId, String body) {
        JsonBody json = JsonBody.parse(body, "person", "project", "workDate", "hours", "note", "status");
        TimeEntryInput input = new TimeEntryInput(json.text("person"), json.text("project"), json.date("workDate"),
                json.hours("hours"), json.text("note"), json.choice("status", TimeEntryStatus.class));
        json.verified();
        return Answers.synced(entries.put(externalId, input, api.actor()));
    }
}
