package io.clientportal.web.api;

import io.clientportal.integration.Page;
import io.clientportal.integration.PersonSync;
import io.clientportal.integration.PersonView;
import io.clientportal.kernel.Money;
import io.clientportal.kernel.Refused;
import io.clientportal.work.PersonDetails;
import io.clientportal.work.PersonRates;
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

/** {@code /api/v1/people}: the agency's people by external id, with their rates. */
@Path("v1/people")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PeopleResource {

    @EJB
    private PersonSync people;

    @Inject
    private ApiRequest api;

    @GET
    public Page<PersonView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return people.list(Paging.of(page, size));
    }

    @GET
    @Path("{externalId}")
    public PersonView get(@PathParam("externalId") String externalId) {
        return Answers.found(people.get(externalId), "person", externalId);
    }

    @PUT
    @Path("{externalId}")
    public Response put(@PathParam("externalId") String externalId, String body) {
        JsonBody json = JsonBody.parse(body, "name", "email", "active", "costRate", "billableRate");
        String name = json.text("name");
        String email = json.text("email");
        boolean active = json.flag("active", true);
        Money costRate = json.money("costRate");
        Money billableRate = json.money("billableRate");
        json.verified();
        return Answers.synced(people.put(externalId, new PersonDetails(name, email, active),
                rates(costRate, billableRate), api.actor()));
    }

    /** Both rates or neither: one alone would leave the other to a guess. */
    private static PersonRates rates(Money costRate, Money billableRate) {
        if (costRate == null && billableRate == null) {
            return null;
        }
        if (costRate == null || billableRate == null) {
            throw new Refused(costRate == null ? "costRate" : "billableRate",
                    "Send both rates, or neither to keep the current ones.");
        }
        return new PersonRates(costRate, billableRate);
    }
}
