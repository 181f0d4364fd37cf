package io.clientportal.identity;

/** Where an account stands, as admins see it. */
public enum AccountStatus {
    INVITED,
    ACTIVE,
    DEACTIVATED
}
