package io.clientportal.web.admin.people;

import io.clientportal.audit.Actor;
import io.clientportal.identity.AccountIdentity;
import io.clientportal.identity.Role;
import io.clientportal.kernel.Refused;
import io.clientportal.web.Messages;
import io.clientportal.web.admin.Amounts;
import io.clientportal.web.admin.Pages;
import io.clientportal.web.admin.Refusals;
import io.clientportal.web.portal.Ids;
import io.clientportal.work.People;
import io.clientportal.work.Person;
import io.clientportal.work.PersonDetails;
import io.clientportal.work.PersonRates;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * One person, new or existing ({@code ?id=}). Everyone edits the profile; only an admin reads and changes the rates
 * (a person staff add starts unpriced, at zero, until an admin sets the rates). Rates are checked before anything is
 * saved, so a refused rate leaves the profile unchanged too.
 */
@Named
@ViewScoped
public class PersonEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private People people;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private Instance<Actor> actor;

    @Inject
    private Messages messages;

    @Inject
    private Refusals refusals;

    private String idParameter;
    private Long id;
    private String name;
    private String email;
    private boolean active = true;
    private String costRate;
    private String billableRate;
    private PersonRates savedRates;

    public void open() throws IOException {
        if (idParameter == null || idParameter.isEmpty()) {
            return;
        }
        try {
            Person person = people.find(signedIn.tenantScope(), Ids.parse(idParameter).orElse(-1L));
            id = person.getId();
            name = person.getName();
            email = person.getEmail();
            active = person.isActive();
            if (isAdmin()) {
                savedRates = new PersonRates(person.getCostRate(), person.getBillableRate());
                costRate = savedRates.costRate().toString();
                billableRate = savedRates.billableRate().toString();
            }
        } catch (Refused unknown) {
            Pages.notFound();
        }
    }

    public String save() {
        try {
            PersonDetails details = new PersonDetails(name, email, active);
            PersonRates rates = isAdmin() ? new PersonRates(Amounts.required("costRate", costRate),
                    Amounts.required("billableRate", billableRate)) : null;
            Person saved;
            if (id == null) {
                saved = people.create(signedIn.tenantScope(), details, rates == null ? PersonRates.UNSET : rates,
                        actor.get());
            } else {
                saved = people.updateProfile(signedIn.tenantScope(), id, details, actor.get());
                if (rates != null && !rates.equals(savedRates)) {
                    people.changeRates(signedIn.tenantScope(), id, rates, actor.get());
                }
            }
            messages.info("people.saved", saved.getName());
            return Pages.redirect("/admin/people/index");
        } catch (Refused refused) {
            refusals.show("person", refused);
            return null;
        }
    }

    /** Whether the signed-in account may see and change rates: checked on every use, never taken from the form. */
    public boolean isAdmin() {
        return signedIn.role() == Role.ADMIN;
    }

    public boolean isExisting() {
        return id != null;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
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

    public String getCostRate() {
        return costRate;
    }

    public void setCostRate(String costRate) {
        this.costRate = costRate;
    }

    public String getBillableRate() {
        return billableRate;
    }

    public void setBillableRate(String billableRate) {
        this.billableRate = billableRate;
    }
}
