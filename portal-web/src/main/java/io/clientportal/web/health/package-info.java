/**
 * The health endpoint {@code /api/health}: UP only when the application is deployed and its database answers, so
 * scripts and tests wait on it rather than on the server's log.
 */
package io.clientportal.web.health;
