/**
 * The audit log: who did what, when and from where (sign-ins, invitations, deactivations, password changes), per
 * tenant, for the agency's admins to read. Depends on tenancy only; features record into it.
 */
package io.clientportal.audit;
