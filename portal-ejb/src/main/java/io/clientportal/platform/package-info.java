/**
 * The platform's own work, for super-admins: the agencies (tenants) it hosts and their first admins. A super-admin
 * creates an agency and invites its first admin; it never signs in to an agency or reads a client's data. Depends on
 * tenancy, identity, mail and audit.
 */
package io.clientportal.platform;
