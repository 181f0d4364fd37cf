/**
 * Projects (of a client, or internal), the agency's people with their cost and billable rates, and the time they
 * record, submit and get approved. Rates live here and never leave the agency side. Depends on tenancy, clients and
 * the kernel; the invoicing package marks entries as billed.
 */
package io.clientportal.work;
