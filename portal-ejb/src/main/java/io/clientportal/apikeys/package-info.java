/**
 * Keys of the integration API: created and revoked by a tenant's admins, stored as a hash of their secret, and checked
 * within the tenant of each request. Depends on tenancy, audit and kernel only.
 */
package io.clientportal.apikeys;
