package io.clientportal.web.health;

import io.clientportal.readiness.ReadinessReport;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code GET /api/health}: the readiness check {@code portal} with its steps named (database, schema, demo data and
 * its tenants): 200 and UP when the application serves requests, 503 and DOWN with the failing steps otherwise.
 */
@Path("health")
public class HealthResource {

    @Inject
    @Readiness
    private PortalReadinessCheck check;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        ReadinessReport report = check.report();
        return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(report.json())
                .header("Cache-Control", "no-store")
                .build();
    }
}
