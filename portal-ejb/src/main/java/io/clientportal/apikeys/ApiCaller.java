package io.clientportal.apikeys;

import io.clientportal.audit.Actor;

/** Who calls the API: a valid key of the caller's tenant, by its public name and label. */
public record ApiCaller(String keyName, String label) {

    /** The actor the audit log and reviews record: the key, never a person it might be mistaken for. */
    public Actor actor(String address) {
        return new Actor("api-key " + keyName, address);
    }
}
