/**
 * The web module: Faces views, filters and REST resources. Packages mirror URL paths ({@code portal} serves
 * {@code /portal/...}); cross-cutting request handling (which tenant a host names) lives in {@code tenancy}. Views
 * call the EJB services of portal-ejb and never build queries themselves.
 */
package io.clientportal.web;
