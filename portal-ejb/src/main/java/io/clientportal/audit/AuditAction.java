package io.clientportal.audit;

/** What can be audited. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    INVITATION_SENT,
    INVITATION_ACCEPTED,
    CONTACT_DEACTIVATED,
    CONTACT_REACTIVATED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_CHANGED,
    AGENCY_OPENED
}
