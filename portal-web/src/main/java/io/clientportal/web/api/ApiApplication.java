package io.clientportal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST root: the health check and, under {@code /api/v1}, the integration API ({@code web.api}). */
@ApplicationPath("/api")
public class ApiApplication extends Application {
}
