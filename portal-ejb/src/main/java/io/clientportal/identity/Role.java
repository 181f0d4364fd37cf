package io.clientportal.identity;

/** What an account may do. CLIENT is a client's contact and reaches portal pages only. */
public enum Role {
    SUPER_ADMIN,
    ADMIN,
    STAFF,
    CLIENT
}
