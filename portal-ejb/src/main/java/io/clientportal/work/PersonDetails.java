package io.clientportal.work;

import io.clientportal.kernel.Refused;
import io.clientportal.kernel.Text;
import java.util.Locale;

/** Who a person is, as everyone in the agency may see and edit it; the rates are {@link PersonRates}. */
public record PersonDetails(String name, String email, boolean active) {

    public PersonDetails {
        name = Text.required("name", name, 200);
        email = Text.required("email", email, 254).toLowerCase(Locale.ROOT);
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new Refused("email", "The email is not an email address.");
        }
    }
}
