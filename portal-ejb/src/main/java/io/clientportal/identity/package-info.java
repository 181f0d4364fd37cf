/**
 * Who signs in: user accounts with their role, and for a client's contact the client it is bound to (its portal
 * client id). Super-admins belong to the platform tenant, agency staff and contacts to their agency. What an account
 * must be told (a link issued, a password changed) leaves here as an event; the {@code notices} package writes the
 * mail, so no mail text lives here. The throttle against password guessing lives here too, its counts rows every
 * node shares. Depends on tenancy, clients, audit and portal (a contact's scope).
 */
package io.clientportal.identity;
