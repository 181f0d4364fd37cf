/**
 * Which tenant a request is for, read from the subdomain of its Host header before anything else runs. An unknown
 * subdomain gets a plain "no such portal" page, never another tenant's.
 */
package io.clientportal.web.tenancy;
