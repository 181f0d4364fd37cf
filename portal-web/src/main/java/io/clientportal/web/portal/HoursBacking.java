package io.clientportal.web.portal;

import io.clientportal.web.AgencyToday;
import io.clientportal.identity.AccountIdentity;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.PageNumber;
import io.clientportal.portal.HoursQuery;
import io.clientportal.portal.PortalApprovedTime;
import io.clientportal.portal.HoursPage;
import io.clientportal.portal.PortalHours;
import io.clientportal.portal.PortalProject;
import io.clientportal.portal.ProjectHours;
import io.clientportal.web.Messages;
import io.clientportal.web.listing.ListFilter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Approved hours for a range (default: this month) and optionally one project, from URL parameters ({@code preset},
 * {@code from}, {@code to}, {@code project}, {@code page}; see {@link ListFilter}). A project id that is not one of the client's finds nothing,
 * like any other.
 */
@Named
@RequestScoped
public class HoursBacking {

    static final int PAGE_SIZE = 50;

    @EJB
    private PortalHours hours;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private AgencyToday today;

    @Inject
    private Messages messages;

    @Inject
    private ListFilter filter;

    private HoursQuery query;
    private List<ProjectHours> totals;
    private List<PortalApprovedTime> entries;
    private List<PortalProject> projects;
    private long entryCount;
    private PageNumber pageNumber;

    public void load() throws IOException {
        DateRange range = filter.range(DateRange.month(today.date()));
        if (range.days() > HoursQuery.MAX_DAYS) {
            messages.error("hours.tooLong");
            range = DateRange.month(today.date());
        }
        Long projectId = filter.project(id -> true, "hours.unknownProject");
        query = new HoursQuery(range, projectId);
        pageNumber = filter.page();
        // One call, so one transaction; a foreign project's page is read (it finds nothing) and then not shown.
        HoursPage shown = hours.page(query, pageNumber.firstRow(PAGE_SIZE), PAGE_SIZE);
        projects = shown.projects();
        if (!isOneOfTheProjects(projectId)) {
            // Another client's or an internal project: "not found", like an id that never existed.
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        totals = shown.totals();
        entryCount = shown.entryCount();
        entries = shown.entries();
    }

    private boolean isOneOfTheProjects(Long projectId) {
        return projectId == null || projects.stream().anyMatch(p -> p.getId().equals(projectId));
    }

    public Hours getTotal() {
        return totals.stream().map(ProjectHours::hours).reduce(Hours.ZERO, Hours::plus);
    }

    /** The bar chart's width for a project, relative to the largest total. */
    public int barPercent(ProjectHours row) {
        Hours max = totals.stream().map(ProjectHours::hours).max(Hours::compareTo).orElse(Hours.ZERO);
        if (max.value().signum() == 0) {
            return 0;
        }
        return row.hours().value().multiply(BigDecimal.valueOf(100))
                .divide(max.value(), RoundingMode.HALF_UP).intValue();
    }

    /** This view's query as URL parameters, for the export, the pager and the project links. */
    public String parameters(String projectId, int pageNo) {
        StringBuilder url = new StringBuilder("from=").append(query.range().first())
                .append("&to=").append(query.range().last());
        if (projectId != null && !projectId.isEmpty()) {
            url.append("&project=").append(projectId);
        }
        if (pageNo > 1) {
            url.append("&page=").append(pageNo);
        }
        return url.toString();
    }

    public String getCurrentProject() {
        return query.projectId() == null ? "" : query.projectId().toString();
    }

    public DateRange getRange() {
        return query.range();
    }

    public List<ProjectHours> getTotals() {
        return totals;
    }

    public List<PortalApprovedTime> getEntries() {
        return entries;
    }

    public List<PortalProject> getProjects() {
        return projects;
    }

    public long getEntryCount() {
        return entryCount;
    }

    public int getPage() {
        return pageNumber.value();
    }

    public int getPages() {
        return (int) Math.max(1, (entryCount + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
