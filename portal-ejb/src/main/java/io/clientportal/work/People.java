package io.clientportal.work;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.audit.AuditLog;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/**
 * The agency's people. Their profile is everyone's to edit; their rates are changed through {@link #changeRates}
 * alone, which the callers offer to admins only.
 */
@Stateless
public class People {

    @Inject
    private TenantPersistence persistence;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read: no BEGIN and COMMIT around it
    public List<Person> list() {
        return persistence.em().createQuery("select p from Person p order by p.name, p.id", Person.class)
                .getResultList();
    }

    public Person find(long personId) {
        Person person = persistence.em().find(Person.class, personId);
        if (person == null) {
            throw new Refused("person", "No such person.");
        }
        return person;
    }

    public Person create(PersonDetails details, PersonRates rates, Actor actor) {
        EntityManager em = persistence.em();
        requireFreeEmail(details.email(), null);
        Person person = new Person(details.name(), details.email(), rates.costRate(), rates.billableRate(),
                clock.instant());
        person.changeProfile(details.name(), details.email(), details.active());
        em.persist(person);
        audit.record(em, actor.name(), AuditAction.PERSON_CREATED, person.getName(), actor.address());
        return person;
    }

    public Person updateProfile(long personId, PersonDetails details, Actor actor) {
        Person person = find(personId);
        requireFreeEmail(details.email(), person);
        person.changeProfile(details.name(), details.email(), details.active());
        audit.record(persistence.em(), actor.name(), AuditAction.PERSON_UPDATED, person.getName(), actor.address());
        return person;
    }

    public Person changeRates(long personId, PersonRates rates, Actor actor) {
        Person person = find(personId);
        person.changeRates(rates.costRate(), rates.billableRate());
        // The audit says that the rates changed, not what they are: the audit log is not the place for rates.
        audit.record(persistence.em(), actor.name(), AuditAction.PERSON_RATES_CHANGED, person.getName(),
                actor.address());
        return person;
    }

    private void requireFreeEmail(String email, Person self) {
        boolean taken = persistence.em().createQuery("select p from Person p where p.email = :email", Person.class)
                .setParameter("email", email).getResultStream().anyMatch(other -> other != self);
        if (taken) {
            throw new Refused("email", "Another person already has this email.");
        }
    }
}
