package io.clientportal.integration;

import io.clientportal.kernel.Money;

/**
 * A project as the agency's system sends it: its client by external id (null for an internal project). Billable
 * defaults to true for a client's project, as in the back office.
 */
public record ProjectInput(String client, String name, Boolean billable, Money hourlyRate, boolean active) {
}
