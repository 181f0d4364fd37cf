package io.clientportal.apikeys;

import io.clientportal.audit.Actor;
import io.clientportal.tenancy.TenantScope;

/** Who calls the API: the tenant a valid key belongs to, and the key's public name and label. */
public record ApiCaller(TenantScope tenant, String keyName, String label) {

    /** The actor the audit log and reviews record: the key, never a person it might be mistaken for. */
    public Actor actor(String address) {
        return new Actor("api-key " + keyName, address);
    }
}
