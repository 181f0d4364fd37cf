package io.clientportal.portal;

import java.util.List;

/** What the hours page shows for a range: the totals per project, how many entries in all, and one page of them. */
public record HoursPage(List<ProjectHours> totals, long entryCount, List<PortalApprovedTime> entries) {
}
