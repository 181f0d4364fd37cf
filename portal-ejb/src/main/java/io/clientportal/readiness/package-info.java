/**
 * Whether the application serves requests: its database answers, its schema is migrated, the demo data (in demo
 * mode) is written, and the tenants that data promises are found by the lookup every page uses. The web module's
 * MicroProfile Health readiness check {@code portal} answers from here, so a script or load balancer that waits on
 * {@code /health/ready} (or {@code /api/health}) waits for all of that. Depends on {@code database} and
 * {@code tenancy}; the start-up tasks of {@code demo} report to it.
 */
package io.clientportal.readiness;
