/**
 * The back office's pages about the agency's people ({@code /admin/people/}). Their rates are for admins alone: for
 * staff, the pages neither show nor accept them, and the beans never read them.
 */
package io.clientportal.web.admin.people;
