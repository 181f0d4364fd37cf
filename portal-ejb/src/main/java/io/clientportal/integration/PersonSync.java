package io.clientportal.integration;

import io.clientportal.audit.Actor;
import io.clientportal.tenancy.TenantScope;
import io.clientportal.work.People;
import io.clientportal.work.Person;
import io.clientportal.work.PersonDetails;
import io.clientportal.work.PersonRates;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * People by the agency system's ids, through the back office's {@link People}. Rates are optional: a new person
 * without them starts unpriced (as when staff add one), an update without them keeps the current ones.
 */
@Stateless
public class PersonSync {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @EJB
    private People people;

    @Inject
    private ExternalIds externalIds;

    public Synced<PersonView> put(TenantScope tenant, String externalId, PersonDetails details, PersonRates rates,
                                  Actor actor) {
        ExternalIds.check("externalId", externalId);
        Optional<Person> existing = externalIds.find(tenant.applyTo(em), Person.class, externalId);
        if (existing.isEmpty()) {
            Person person = people.create(tenant, details, rates == null ? PersonRates.UNSET : rates, actor);
            person.setExternalId(externalId);
            return new Synced<>(PersonView.of(person), Outcome.CREATED);
        }
        Person person = existing.get();
        boolean profileChanges = !new PersonDetails(person.getName(), person.getEmail(), person.isActive())
                .equals(details);
        boolean ratesChange = rates != null
                && !new PersonRates(person.getCostRate(), person.getBillableRate()).equals(rates);
        if (profileChanges) {
            people.updateProfile(tenant, person.getId(), details, actor);
        }
        if (ratesChange) {
            people.changeRates(tenant, person.getId(), rates, actor);
        }
        return new Synced<>(PersonView.of(person),
                profileChanges || ratesChange ? Outcome.UPDATED : Outcome.UNCHANGED);
    }

    public Optional<PersonView> get(TenantScope tenant, String externalId) {
        return externalIds.find(tenant.applyTo(em), Person.class, externalId).map(PersonView::of);
    }

    public Page<PersonView> list(TenantScope tenant, PageRequest page) {
        tenant.applyTo(em);
        return Page.of(em.createQuery("select p from Person p order by p.id", Person.class),
                em.createQuery("select count(p) from Person p", Long.class), page, PersonView::of);
    }
}
