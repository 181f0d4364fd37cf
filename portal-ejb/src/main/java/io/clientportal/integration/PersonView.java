package io.clientportal.integration;

import io.clientportal.work.Person;
import java.math.BigDecimal;

/**
 * A person as the API shows it, rates included: only an admin can create an API key, and the key acts for the
 * agency's system, which sets these rates in the first place.
 */
public record PersonView(String externalId, long id, String name, String email, boolean active,
                         BigDecimal costRate, BigDecimal billableRate) {

    static PersonView of(Person person) {
        return new PersonView(person.getExternalId(), person.getId(), person.getName(), person.getEmail(),
                person.isActive(), person.getCostRate().amount(), person.getBillableRate().amount());
    }
}
