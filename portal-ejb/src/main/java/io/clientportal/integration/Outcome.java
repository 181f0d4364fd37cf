package io.clientportal.integration;

/** What a create-or-update did: an upsert sent twice is UNCHANGED the second time, and writes nothing. */
public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
}
