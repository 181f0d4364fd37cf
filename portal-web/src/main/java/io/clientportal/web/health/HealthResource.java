package io.clientportal.web.health;

import io.clientportal.readiness.Readiness;
import io.clientportal.readiness.ReadinessReport;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/health}: 200 and UP when the application serves requests (database, schema, demo data and its
 * tenants, see {@link Readiness}), 503 and DOWN with the failing checks otherwise.
 */
@Path("health")
public class HealthResource {

    @EJB
    private Readiness readiness;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        ReadinessReport report = readiness.check();
        return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(report.json())
                .header("Cache-Control", "no-store")
                .build();
    }
}
