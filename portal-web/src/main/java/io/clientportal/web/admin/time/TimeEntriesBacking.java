package io.clientportal.web.admin.time;

import io.clientportal.clients.Client;
import io.clientportal.clients.ClientRegistry;
import io.clientportal.identity.AccountIdentity;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Hours;
import io.clientportal.kernel.PageNumber;
import io.clientportal.tenancy.TenantScope;
import io.clientportal.web.Messages;
import io.clientportal.web.admin.BackOfficeChanges;
import io.clientportal.web.admin.DayRange;
import io.clientportal.web.admin.Selections;
import io.clientportal.web.AgencyToday;
import io.clientportal.work.People;
import io.clientportal.work.Person;
import io.clientportal.work.Project;
import io.clientportal.work.ProjectRegistry;
import io.clientportal.work.TimeDetails;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The agency's time entries ({@code /admin/time/?preset=&from=&to=&client=&project=&person=&status=&page=}), filtered
 * by URL parameters so a view can be bookmarked, a page at a time; entering a new entry (saved as a draft), changing
 * or deleting one no invoice charges, and submitting drafts for review.
 */
@Named
@ViewScoped
public class TimeEntriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @EJB
    private Timesheets timesheets;

    @EJB
    private ClientRegistry clientRegistry;

    @EJB
    private ProjectRegistry projectRegistry;

    @EJB
    private People people;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private AgencyToday today;

    @Inject
    private Messages messages;

    @Inject
    private BackOfficeChanges changes;

    private String preset;
    private String from;
    private String to;
    private String client;
    private String project;
    private String person;
    private String status;
    private String page;

    private List<Client> clients;
    private List<Project> projects;
    private List<Person> persons;
    private TimeQuery query;
    private PageNumber pageNumber;
    private long count;
    private Hours total;
    private List<TimeRow> rows;
    private List<TimeRow> selected = new ArrayList<>();

    private Long editId;
    private Long entryPerson;
    private Long entryProject;
    private LocalDate entryDate;
    private BigDecimal entryHours;
    private String entryNote;

    public void open() {
        TenantScope tenant = signedIn.tenantScope();
        clients = clientRegistry.list(tenant);
        projects = projectRegistry.list(tenant);
        persons = people.list(tenant);
        DayRange.Choice range = DayRange.read(preset, from, to, today.date(), DayRange.THIS_WEEK);
        if (range.replaced()) {
            messages.error("time.badRange");
        }
        query = new TimeQuery(range.range(),
                Selections.id(client, clients.stream().map(Client::getId).toList(), messages, "time.unknownClient"),
                Selections.id(project, projects.stream().map(Project::getId).toList(), messages,
                        "time.unknownProject"),
                Selections.id(person, persons.stream().map(Person::getId).toList(), messages,
                        "time.unknownPerson"),
                Selections.constant(TimeEntryStatus.class, status, messages, "time.unknownStatus"));
        pageNumber = PageNumber.read(page, () -> messages.error("time.badPage"));
        entryDate = today.date();
        reload();
    }

    /** Enters a new draft, or saves the changes to the entry being edited. */
    public void save() {
        boolean saved = editId == null
                ? changes.attempt(actor -> timesheets.enter(signedIn.tenantScope(), details()), "time.entered")
                : changes.attempt(actor -> timesheets.change(signedIn.tenantScope(), editId, details()),
                        "time.changed");
        if (saved) {
            clearForm();
        }
        reload();
    }

    private TimeDetails details() {
        return new TimeDetails(entryPerson == null ? 0 : entryPerson, entryProject == null ? 0 : entryProject,
                entryDate, entryHours == null ? null : Hours.of("hours", entryHours), entryNote);
    }

    /** Puts an entry of the page into the form for changing. */
    public void edit(long entryId) {
        rows.stream().filter(row -> row.id() == entryId && row.editable()).findFirst().ifPresentOrElse(row -> {
            editId = row.id();
            entryPerson = row.personId();
            entryProject = row.projectId();
            entryDate = row.workDate();
            entryHours = row.hours().value();
            entryNote = row.note();
        }, () -> messages.error("time.notEditable"));
    }

    public void cancelEdit() {
        clearForm();
    }

    public void remove(long entryId) {
        changes.attempt(actor -> timesheets.remove(signedIn.tenantScope(), entryId), "time.removed");
        if (editId != null && editId == entryId) {
            clearForm();
        }
        reload();
    }

    public void submitSelected() {
        if (selected == null || selected.isEmpty()) {
            messages.error("time.noneSelected");
            return;
        }
        List<Long> ids = selected.stream().map(TimeRow::id).toList();
        changes.result(actor -> timesheets.submit(signedIn.tenantScope(), ids))
                .ifPresent(n -> messages.info("time.submitted", n));
        reload();
    }

    public void submitAll() {
        changes.result(actor -> timesheets.submitAll(signedIn.tenantScope(), query))
                .ifPresent(n -> messages.info("time.submitted", n));
        reload();
    }

    private void clearForm() {
        editId = null;
        entryHours = null;
        entryNote = null;
    }

    private void reload() {
        selected = new ArrayList<>();
        TimeSheetPage shown = timesheets.page(signedIn.tenantScope(), query, pageNumber.firstRow(PAGE_SIZE),
                PAGE_SIZE);
        if (shown.rows().isEmpty() && pageNumber != PageNumber.FIRST) {
            // Past the last page (a stale bookmark, or the last entries just went): the first page instead.
            pageNumber = PageNumber.FIRST;
            shown = timesheets.page(signedIn.tenantScope(), query, 0, PAGE_SIZE);
        }
        count = shown.count();
        total = shown.total();
        rows = shown.rows();
    }

    public DayRange[] getPresets() {
        return DayRange.values();
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

    public boolean isEditing() {
        return editId != null;
    }

    public Long getEntryPerson() {
        return entryPerson;
    }

    public void setEntryPerson(Long entryPerson) {
        this.entryPerson = entryPerson;
    }

    public Long getEntryProject() {
        return entryProject;
    }

    public void setEntryProject(Long entryProject) {
        this.entryProject = entryProject;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public void setEntryDate(LocalDate entryDate) {
        this.entryDate = entryDate;
    }

    public BigDecimal getEntryHours() {
        return entryHours;
    }

    public void setEntryHours(BigDecimal entryHours) {
        this.entryHours = entryHours;
    }

    public String getEntryNote() {
        return entryNote;
    }

    public void setEntryNote(String entryNote) {
        this.entryNote = entryNote;
    }

    public String getPreset() {
        return preset;
    }

    public void setPreset(String preset) {
        this.preset = preset;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
