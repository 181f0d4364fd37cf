package io.clientportal.portal;

import java.util.List;

/**
 * What the hours page shows for a range: the client's projects to choose from, the totals per project, how many
 * entries in all, and one page of them.
 */
public record HoursPage(List<PortalProject> projects, List<ProjectHours> totals, long entryCount,
                        List<PortalApprovedTime> entries) {
}
