package io.clientportal.web.health;

import io.clientportal.readiness.Readiness;
import io.clientportal.readiness.ReadinessReport;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The readiness check {@value #NAME} that Payara's MicroProfile Health serves at {@code /health/ready}: UP only when
 * the application serves requests (see {@link Readiness}). It answers UP or DOWN and nothing else, because that
 * endpoint needs no sign-in; {@code /api/health} shows which of the steps failed, from the same report.
 */
@org.eclipse.microprofile.health.Readiness
@ApplicationScoped
public class PortalReadinessCheck implements HealthCheck {

    /** The name scripts look for: a readiness answer without any check (nothing deployed yet) is UP as well. */
    public static final String NAME = "portal";

    @EJB
    private Readiness readiness;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(report().up()).build();
    }

    /** The steps of the check, each UP or DOWN. */
    public ReadinessReport report() {
        return readiness.check();
    }
}
