package io.clientportal.web.admin.time;

import io.clientportal.identity.AccountIdentity;
import io.clientportal.kernel.Hours;
import io.clientportal.web.AgencyToday;
import io.clientportal.web.Messages;
import io.clientportal.web.admin.BackOfficeChanges;
import io.clientportal.work.TimeDetails;
import io.clientportal.work.Timesheets;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The form under the time list: enters a new entry (saved as a draft), or changes or deletes one no invoice charges.
 * The list shows every change at once.
 */
@Named
@ViewScoped
public class TimeEntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Timesheets timesheets;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private AgencyToday today;

    @Inject
    private Messages messages;

    @Inject
    private BackOfficeChanges changes;

    @Inject
    private TimeListBacking list;

    private Long editId;
    private Long person;
    private Long project;
    private LocalDate date;
    private Hours hours;
    private String note;

    @PostConstruct
    void start() {
        date = today.date();
    }

    /** Enters a new draft, or saves the changes to the entry being edited. */
    public void save() {
        boolean saved = editId == null
                ? changes.attempt(actor -> timesheets.enter(details()), "time.entered")
                : changes.attempt(actor -> timesheets.change(editId, details()),
                        "time.changed");
        if (saved) {
            clear();
        }
        list.reload();
    }

    /** What the form holds; refused (inside the change, so the refusal shows) when it is no entry. */
    private TimeDetails details() {
        return new TimeDetails(person == null ? 0 : person, project == null ? 0 : project, date, hours, note);
    }

    /** Puts an entry of the list's page into the form for changing. */
    public void edit(long entryId) {
        list.editableRow(entryId).ifPresentOrElse(row -> {
            editId = row.id();
            person = row.personId();
            project = row.projectId();
            date = row.workDate();
            hours = row.hours();
            note = row.note();
        }, () -> messages.error("time.notEditable"));
    }

    public void cancel() {
        clear();
    }

    public void remove(long entryId) {
        changes.attempt(actor -> timesheets.remove(entryId), "time.removed");
        if (editId != null && editId == entryId) {
            clear();
        }
        list.reload();
    }

    /** Keeps person, project and date: the next entry is likely the same person's, on the same day. */
    private void clear() {
        editId = null;
        hours = null;
        note = null;
    }

    public boolean isEditing() {
        return editId != null;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Hours getHours() {
        return hours;
    }

    public void setHours(Hours hours) {
        this.hours = hours;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
