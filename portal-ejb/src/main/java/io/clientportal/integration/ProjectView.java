package io.clientportal.integration;

import io.clientportal.kernel.Money;
import io.clientportal.work.Project;
import java.math.BigDecimal;

/** A project as the API shows it; {@code client} is the client's external id (null: internal, or no id). */
public record ProjectView(String externalId, long id, String client, String name, boolean billable,
                          BigDecimal hourlyRate, boolean active) {

    static ProjectView of(Project project) {
        Money rate = project.getHourlyRate();
        return new ProjectView(project.getExternalId(), project.getId(),
                project.isInternal() ? null : project.getClient().getExternalId(), project.getName(),
                project.isBillable(), rate == null ? null : rate.amount(), project.isActive());
    }
}
