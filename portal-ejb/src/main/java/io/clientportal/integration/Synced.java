package io.clientportal.integration;

/** The state after a create-or-update, and what the call did to reach it. */
public record Synced<T>(T view, Outcome outcome) {
}
