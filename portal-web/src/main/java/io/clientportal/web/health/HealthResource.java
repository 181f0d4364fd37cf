package io.clientportal.web.health;

import io.clientportal.database.DatabaseHealth;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/health}: 200 and UP when the database answers, 503 and DOWN when it does not. */
@Path("health")
public class HealthResource {

    @EJB
    private DatabaseHealth database;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean up = database.answers();
        String status = up ? "UP" : "DOWN";
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity("{\"status\":\"" + status + "\",\"checks\":{\"database\":\"" + status + "\"}}")
                .header("Cache-Control", "no-store")
                .build();
    }
}
