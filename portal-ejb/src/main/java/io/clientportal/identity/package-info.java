/**
 * Who signs in: user accounts with their role, and for a client's contact the client it is bound to (its portal
 * client id). Super-admins belong to the platform tenant, agency staff and contacts to their agency. Depends on
 * tenancy and clients.
 */
package io.clientportal.identity;
