package io.clientportal.web.admin.time;

import io.clientportal.clients.Client;
import io.clientportal.clients.Clients;
import io.clientportal.identity.AccountIdentity;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.PageNumber;
import io.clientportal.web.Messages;
import io.clientportal.web.admin.BackOfficeChanges;
import io.clientportal.web.listing.DatePreset;
import io.clientportal.web.listing.ListFilter;
import io.clientportal.work.People;
import io.clientportal.work.Person;
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
 * The agency's time entries ({@code /admin/time/?preset=&from=&to=&client=&project=&person=&status=&page=}), filtered
 * by URL parameters (see {@link ListFilter}) so a view can be bookmarked, a page at a time, and submitting drafts for
 * review. {@link TimeEntryForm} enters and changes one entry.
 */
@Named
@ViewScoped
public class TimeListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @EJB
    private Timesheets timesheets;

    @EJB
    private Clients agencyClients;

    @EJB
    private Projects agencyProjects;

    @EJB
    private People people;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private Messages messages;

    @Inject
    private BackOfficeChanges changes;

    @Inject
    private ListFilter filter;

    private List<Client> clients;
    private List<Project> projects;
    private List<Person> persons;
    private TimeQuery query;
    private PageNumber pageNumber;
    private long count;
    private Hours total;
    private List<TimeRow> rows;
    private List<TimeRow> selected = new ArrayList<>();

    public void open() {
        clients = agencyClients.list();
        projects = agencyProjects.list();
        persons = people.list();
        query = new TimeQuery(filter.range(DatePreset.THIS_WEEK),
                filter.client(id -> clients.stream().anyMatch(c -> c.getId().equals(id)), "time.unknownClient"),
                filter.project(id -> projects.stream().anyMatch(p -> p.getId().equals(id)), "time.unknownProject"),
                filter.person(id -> persons.stream().anyMatch(p -> p.getId().equals(id)), "time.unknownPerson"),
                filter.status(TimeEntryStatus.class, null, "time.unknownStatus"));
        pageNumber = filter.page();
        reload();
    }

    public void submitSelected() {
        if (selected == null || selected.isEmpty()) {
            messages.error("time.noneSelected");
            return;
        }
        List<Long> ids = selected.stream().map(TimeRow::id).toList();
        changes.result(actor -> timesheets.submit(ids))
                .ifPresent(n -> messages.info("time.submitted", n));
        reload();
    }

    public void submitAll() {
        changes.result(actor -> timesheets.submitAll(query))
                .ifPresent(n -> messages.info("time.submitted", n));
        reload();
    }

    /** The entry of this page with that id, if staff may still change it. */
    Optional<TimeRow> editableRow(long entryId) {
        return rows.stream().filter(row -> row.id() == entryId && row.editable()).findFirst();
    }

    /** Reads the page again after a change; a page the change emptied shows the first instead. */
    void reload() {
        selected = new ArrayList<>();
        TimeSheetPage shown = timesheets.page(query, pageNumber.firstRow(PAGE_SIZE), PAGE_SIZE);
        if (shown.rows().isEmpty() && pageNumber != PageNumber.FIRST) {
            // Past the last page (a stale bookmark, or the last entries just went): the first page instead.
            pageNumber = PageNumber.FIRST;
            shown = timesheets.page(query, 0, PAGE_SIZE);
        }
        count = shown.count();
        total = shown.total();
        rows = shown.rows();
    }

    public List<DatePreset> getPresets() {
        return DatePreset.WORK_PERIODS;
    }

    public TimeEntryStatus[] getStatuses() {
        return TimeEntryStatus.values();
    }

    public DateRange getRange() {
        return query.range();
    }

    public Long getClientId() {
        return query.clientId();
    }

    public Long getProjectId() {
        return query.projectId();
    }

    public Long getPersonId() {
        return query.personId();
    }

    public TimeEntryStatus getStatusFilter() {
        return query.status();
    }

    public List<Client> getClients() {
        return clients;
    }

    public List<Project> getProjects() {
        return projects;
    }

    /** Projects that take new time. */
    public List<Project> getOpenProjects() {
        return projects.stream().filter(Project::isActive).toList();
    }

    public List<Person> getPersons() {
        return persons;
    }

    public List<Person> getActivePersons() {
        return persons.stream().filter(Person::isActive).toList();
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

    public int getPageNumber() {
        return pageNumber.value();
    }

    public long getPageCount() {
        return Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<TimeRow> getSelected() {
        return selected;
    }

    public void setSelected(List<TimeRow> selected) {
        this.selected = selected;
    }
}
