package io.clientportal.portal;

import io.clientportal.kernel.Hours;

/** Approved hours on one of the client's projects. */
public record ProjectHours(long projectId, String project, Hours hours) {
}
