/**
 * The emails the portal sends people: an invitation, a password reset or change, an issued invoice. Each is rendered
 * from FreeMarker templates (next to these classes under {@code resources}) as a text and an HTML alternative that
 * carry the agency's name and brand colour, with amounts and dates written by {@code kernel.Formatting}, and handed
 * to the {@code mail} outbox in the transaction of the change it reports. The notices observe events of
 * {@code identity} and {@code invoicing}, which therefore hold no mail text. Depends on identity, invoicing, tenancy,
 * mail and kernel.
 */
package io.clientportal.notices;
