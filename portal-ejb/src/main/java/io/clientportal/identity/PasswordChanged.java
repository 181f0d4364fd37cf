package io.clientportal.identity;


/**
 * An account's password was changed through a link. Fired in that transaction: its owner is told, so that a change
 * they did not make does not go unnoticed.
 */
public record PasswordChanged(UserAccount account) {
}
