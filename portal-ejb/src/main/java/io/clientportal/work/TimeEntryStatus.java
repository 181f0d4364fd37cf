package io.clientportal.work;

/** Where a time entry is in review. Only approved entries are billed and shown to clients. */
public enum TimeEntryStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED
}
