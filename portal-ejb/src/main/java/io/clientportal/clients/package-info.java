/**
 * An agency's clients: who it bills, with their billing details and whether their portal is open. Depends on the
 * tenancy package (clients are tenant-owned).
 */
package io.clientportal.clients;
