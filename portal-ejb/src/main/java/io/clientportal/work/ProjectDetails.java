package io.clientportal.work;

import io.clientportal.kernel.Money;
import io.clientportal.kernel.Refused;
import io.clientportal.kernel.Text;

/**
 * What the agency says about a project: whose it is (no client: internal), its name, whether its time is billed, and
 * the hourly rate invoices use for it (none: each person's billable rate).
 */
public record ProjectDetails(Long clientId, String name, boolean billable, Money hourlyRate, boolean active) {

    public ProjectDetails {
        name = Text.required("name", name, 200);
        if (clientId == null && billable) {
            throw new Refused("billable", "An internal project (one without a client) is never billable.");
        }
        if (hourlyRate != null && hourlyRate.isNegative()) {
            throw new Refused("hourlyRate", "The hourly rate cannot be negative.");
        }
    }

    void applyTo(Project project) {
        project.rename(name);
        project.setBillable(billable);
        project.setHourlyRate(hourlyRate);
        project.setActive(active);
    }
}
