/**
 * Invoices and their lines, from draft to open (issued), paid or void, and drafting them from approved hours. Every
 * invoice carries a public access token for the hosted pay page to come. Depends on tenancy, clients, work and the
 * kernel.
 */
package io.clientportal.invoicing;
