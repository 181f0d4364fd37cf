/**
 * Health through MicroProfile Health: the readiness check {@code portal}, which Payara serves at
 * {@code /health/ready} (UP or DOWN only, on the server's own address, never on an agency's host), and
 * {@code /api/health}, the same check with its steps named. Both are UP only when the application serves requests
 * (deployed, its database answering, its schema migrated, the demo data written and its tenants found; see
 * {@code io.clientportal.readiness}), so scripts, tests and load balancers wait on them rather than on the log.
 */
package io.clientportal.web.health;
