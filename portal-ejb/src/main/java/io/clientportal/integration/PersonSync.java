package io.clientportal.integration;

import io.clientportal.audit.Actor;
import io.clientportal.tenancy.TenantPersistence;
import io.clientportal.work.People;
import io.clientportal.work.Person;
import io.clientportal.work.PersonDetails;
import io.clientportal.work.PersonRates;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * People by the agency system's ids, through the back office's {@link People}. Rates are optional: a new person
 * without them starts unpriced (as when staff add one), an update without them keeps the current ones.
 */
@Stateless
public class PersonSync {

    @Inject
    private TenantPersistence persistence;

    @EJB
    private People people;

    @Inject
    private ExternalIds externalIds;

    public Synced<PersonView> put(String externalId, PersonDetails details, PersonRates rates,
                                  Actor actor) {
        ExternalIds.check("externalId", externalId);
        Optional<Person> existing = externalIds.find(persistence.em(), Person.class, externalId);
        if (existing.isEmpty()) {
            Person person = people.create(details, rates == null ? PersonRates.UNSET : rates, actor);
            person.setExternalId(externalId);
            return new Synced<>(PersonView.of(person), Outcome.CREATED);
        }
        Person person = existing.get();
        boolean profileChanges = !new PersonDetails(person.getName(), person.getEmail(), person.isActive())
                .equals(details);
        boolean ratesChange = rates != null
                && !new PersonRates(person.getCostRate(), person.getBillableRate()).equals(rates);
        if (profileChanges) {
            people.updateProfile(person.getId(), details, actor);
        }
        if (ratesChange) {
            people.changeRates(person.getId(), rates, actor);
        }
        return new Synced<>(PersonView.of(person),
                profileChanges || ratesChange ? Outcome.UPDATED : Outcome.UNCHANGED);
    }

    public Optional<PersonView> get(String externalId) {
        return externalIds.find(persistence.em(), Person.class, externalId).map(PersonView::of);
    }

    public Page<PersonView> list(PageRequest page) {
        EntityManager em = persistence.em();
        return Page.of(em.createQuery("select p from Person p order by p.id", Person.class),
                em.createQuery("select count(p) from Person p", Long.class), page, PersonView::of);
    }
}
