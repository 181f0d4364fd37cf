package io.clientportal.audit;

import java.util.Objects;

/**
 * Who makes a change, and from where, as the audit log records it: a signed-in person's email, or an API key's
 * label, with the address the request came from.
 */
public record Actor(String name, String address) {

    public Actor {
        Objects.requireNonNull(name, "name");
    }
}
