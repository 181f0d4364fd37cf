package io.clientportal.web.admin.people;

import io.clientportal.kernel.Money;
import io.clientportal.kernel.Refused;
import io.clientportal.web.admin.EditForm;
import io.clientportal.web.admin.Pages;
import io.clientportal.work.People;
import io.clientportal.work.Person;
import io.clientportal.work.PersonDetails;
import io.clientportal.work.PersonRates;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * One person, new or existing ({@code ?id=}). Everyone edits the profile; only an admin reads and changes the rates
 * (a person staff add starts unpriced, at zero, until an admin sets the rates). Rates are checked before anything is
 * saved, so a refused rate leaves the profile unchanged too.
 */
@Named
@ViewScoped
public class PersonEditBacking extends EditForm {

    private static final long serialVersionUID = 1L;

    @EJB
    private People people;

    private Long id;
    private String name;
    private String email;
    private boolean active = true;
    private Money costRate;
    private Money billableRate;
    private PersonRates savedRates;

    public void open() throws IOException {
        if (creating()) {
            return;
        }
        try {
            Person person = people.find(requestedId().orElse(-1L));
            id = person.getId();
            name = person.getName();
            email = person.getEmail();
            active = person.isActive();
            if (isAdmin()) {
                savedRates = new PersonRates(person.getCostRate(), person.getBillableRate());
                costRate = savedRates.costRate();
                billableRate = savedRates.billableRate();
            }
        } catch (Refused unknown) {
            Pages.notFound();
        }
    }

    public String save() {
        return save("person", "people.saved", () -> {
            PersonDetails details = new PersonDetails(name, email, active);
            PersonRates rates = isAdmin() ? new PersonRates(costRate, billableRate) : null;
            Person saved;
            if (id == null) {
                saved = people.create(details, rates == null ? PersonRates.UNSET : rates, actor());
            } else {
                saved = people.updateProfile(id, details, actor());
                if (rates != null && !rates.equals(savedRates)) {
                    people.changeRates(id, rates, actor());
                }
            }
            return new Saved(saved.getName(), "/admin/people/index");
        });
    }

    public boolean isExisting() {
        return id != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Money getCostRate() {
        return costRate;
    }

    public void setCostRate(Money costRate) {
        this.costRate = costRate;
    }

    public Money getBillableRate() {
        return billableRate;
    }

    public void setBillableRate(Money billableRate) {
        this.billableRate = billableRate;
    }
}
