package io.clientportal.web.health;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST root; the integration API of the agency side will live beside the health check under {@code /api}. */
@ApplicationPath("/api")
public class HealthApplication extends Application {
}
