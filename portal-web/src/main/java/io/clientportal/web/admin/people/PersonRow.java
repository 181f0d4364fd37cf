package io.clientportal.web.admin.people;

import io.clientportal.work.Person;
import java.io.Serializable;

/** A person as the list shows it; the rates are null unless an admin asked. */
public record PersonRow(long id, String name, String email, boolean active, String costRate, String billableRate)
        implements Serializable {

    static PersonRow of(Person person, boolean withRates) {
        return new PersonRow(person.getId(), person.getName(), person.getEmail(), person.isActive(),
                withRates ? person.getCostRate().toString() : null,
                withRates ? person.getBillableRate().toString() : null);
    }
}
