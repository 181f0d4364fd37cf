package io.clientportal.audit;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who makes a change, and from where, as the audit log records it: a signed-in person's email, or an API key's
 * label, with the address the request came from. Serializable, as the view-scoped back-office pages that ask for it are.
 */
public record Actor(String name, String address) implements Serializable {

    public Actor {
        Objects.requireNonNull(name, "name");
    }
}
