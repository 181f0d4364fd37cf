package io.clientportal.web.admin.time;

import io.clientportal.clients.Client;
import io.clientportal.clients.Clients;
import io.clientportal.identity.AccountIdentity;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Hours;
import io.clientportal.web.Messages;
import io.clientportal.web.admin.BackOfficeChanges;
import io.clientportal.web.listing.DatePreset;
import io.clientportal.web.listing.ListFilter;
import io.clientportal.work.Project;
import io.clientportal.work.Projects;
import io.clientportal.work.TimeEntryStatus;
import io.clientportal.work.TimeQuery;
import io.clientportal.work.TimeRow;
import io.clientportal.work.TimeSheetPage;
import io.clientportal.work.Timesheets;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Review of submitted time ({@code /admin/time/review.xhtml?client=&project=&from=&to=}): the submitted entries of one
 * client (optionally one project) in a date range, last week unless chosen otherwise, approved or rejected all at
 * once (exactly the selection shown) or row by row.
 */
@Named
@ViewScoped
public class TimeReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** More than anyone reviews on one screen; the total and the bulk decision still cover all of them. */
    private static final int SHOWN = 500;

    @EJB
    private Timesheets timesheets;

    @EJB
    private Clients agencyClients;

    @EJB
    private Projects agencyProjects;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private Messages messages;

    @Inject
    private ListFilter filter;

    @Inject
    private BackOfficeChanges changes;

    private List<Client> clients;
    private List<Project> projects;
    private Long clientId;
    private Long projectId;
    private DateRange range;
    private List<TimeRow> rows;
    private long count;
    private Hours total;
    private List<TimeRow> selected = new ArrayList<>();

    public void open() {
        clients = agencyClients.list();
        projects = agencyProjects.list().stream().filter(p -> !p.isInternal()).toList();
        clientId = filter.client(id -> clients.stream().anyMatch(c -> c.getId().equals(id)), "review.unknownClient");
        if (clientId == null && !clients.isEmpty()) {
            clientId = clients.get(0).getId();
        }
        projectId = filter.project(id -> getProjects().stream().anyMatch(p -> p.getId().equals(id)),
                "review.unknownProject");
        range = filter.range(DatePreset.LAST_WEEK);
        reload();
    }

    public void approveAll() {
        decided(changes.result(actor -> timesheets.approve(query(), actor)),
                "review.approved");
    }

    public void rejectAll() {
        decided(changes.result(actor -> timesheets.reject(query(), actor)),
                "review.rejected");
    }

    public void approveSelected() {
        if (chosen()) {
            decided(changes.result(actor -> timesheets.approveEntries(selectedIds(), actor)),
                    "review.approved");
        }
    }

    public void rejectSelected() {
        if (chosen()) {
            decided(changes.result(actor -> timesheets.rejectEntries(selectedIds(), actor)),
                    "review.rejected");
        }
    }

    private boolean chosen() {
        if (selected == null || selected.isEmpty()) {
            messages.error("review.noneSelected");
            return false;
        }
        return true;
    }

    private List<Long> selectedIds() {
        return selected.stream().map(TimeRow::id).toList();
    }

    /** Says how many entries the decision covered, then shows what is left to review. */
    private void decided(Optional<Integer> count, String doneKey) {
        count.ifPresent(n -> messages.info(n > 0 ? doneKey : "review.nothing", n));
        selected = new ArrayList<>();
        reload();
    }

    private TimeQuery query() {
        return new TimeQuery(range, clientId, projectId, null, TimeEntryStatus.SUBMITTED);
    }

    private void reload() {
        if (clientId == null) {
            rows = List.of();
            count = 0;
            total = Hours.ZERO;
            return;
        }
        TimeSheetPage shown = timesheets.page(query(), 0, SHOWN);
        rows = shown.rows();
        count = shown.count();
        total = shown.total();
    }

    public List<Client> getClients() {
        return clients;
    }

    /** The projects of the chosen client. */
    public List<Project> getProjects() {
        return projects.stream().filter(p -> p.getClient().getId().equals(clientId)).toList();
    }

    public Long getClientId() {
        return clientId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public DateRange getRange() {
        return range;
    }

    public List<TimeRow> getRows() {
        return rows;
    }

    public long getCount() {
        return count;
    }

    public Hours getTotal() {
        return total;
    }

    public List<TimeRow> getSelected() {
        return selected;
    }

    public void setSelected(List<TimeRow> selected) {
        this.selected = selected;
    }
}
