package io.clientportal.identity;

/** Why a single-use link was sent. */
public enum LinkPurpose {
    INVITATION,
    PASSWORD_RESET
}
