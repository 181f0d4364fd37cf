package io.clientportal.web.api;

import io.clientportal.clients.ClientDetails;
import io.clientportal.integration.ClientSync;
import io.clientportal.integration.ClientView;
import io.clientportal.integration.Page;
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

/** {@code /api/v1/clients}: the agency's clients by external id. */
@Path("v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ClientsResource {

    @EJB
    private ClientSync clients;

    @Inject
    private ApiRequest api;

    @GET
    public Page<ClientView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return clients.list(Paging.of(page, size));
    }

    @GET
    @Path("{externalId}")
    public ClientView get(@PathParam("externalId") String externalId) {
        return Answers.found(clients.get(externalId), "client", externalId);
    }

    @PUT
    @Path("{externalId}")
    public Response put(@PathParam("externalId") String externalId, String body) {
        JsonBody json = JsonBody.parse(body, "name", "billingEmail", "billingAddress", "taxId", "portalEnabled");
        String name = json.text("name");
        String billingEmail = json.text("billingEmail");
        String billingAddress = json.text("billingAddress");
        String taxId = json.text("taxId");
        boolean portalEnabled = json.flag("portalEnabled", true);
        json.verified();
        return Answers.synced(clients.put(externalId,
                new ClientDetails(name, billingEmail, billingAddress, taxId, portalEnabled), api.actor()));
    }
}
