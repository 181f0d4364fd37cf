package io.clientportal.web.admin.people;

import io.clientportal.identity.AccountIdentity;
import io.clientportal.identity.Role;
import io.clientportal.work.People;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The agency's people; their rates only in an admin's list (a staff member's view state never holds them). */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private People people;

    @Inject
    private AccountIdentity signedIn;

    private List<PersonRow> rows;
    private List<PersonRow> filtered;

    public void open() {
        boolean admin = signedIn.role() == Role.ADMIN;
        rows = people.list().stream().map(person -> PersonRow.of(person, admin)).toList();
    }

    public List<PersonRow> getRows() {
        return rows;
    }

    public List<PersonRow> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<PersonRow> filtered) {
        this.filtered = filtered;
    }
}
