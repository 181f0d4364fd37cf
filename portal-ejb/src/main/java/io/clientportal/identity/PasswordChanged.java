package io.clientportal.identity;

import io.clientportal.tenancy.TenantScope;

/**
 * An account's password was changed through a link. Fired in that transaction: its owner is told, so that a change
 * they did not make does not go unnoticed.
 */
public record PasswordChanged(TenantScope tenant, UserAccount account) {
}
