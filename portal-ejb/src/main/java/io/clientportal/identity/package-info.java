/**
 * Who signs in: user accounts with their role, and for a client's contact the client it is bound to (its portal
 * client id). Super-admins belong to the platform tenant, agency staff and contacts to their agency. The mails
 * accounts receive live here too, the notice of an issued invoice among them, and so does the throttle against
 * password guessing, whose counts are rows every node shares. Depends on tenancy, clients, mail and (for that notice)
 * invoicing.
 */
package io.clientportal.identity;
