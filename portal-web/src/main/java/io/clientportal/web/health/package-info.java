/**
 * The health endpoint {@code /api/health}: UP only when the application serves requests (deployed, its database
 * answering, its schema migrated, the demo data written and its tenants found; see {@code io.clientportal.readiness}),
 * so scripts, tests and load balancers wait on it rather than on the server's log or Payara's own endpoints.
 */
package io.clientportal.web.health;
