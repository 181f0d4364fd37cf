/**
 * What the lists of both areas read from their URL, so a view can be bookmarked and shared: one {@link
 * io.clientportal.web.listing.ListFilter} for the date range (a preset, or from and to), the page, and the client,
 * project, person and status chosen, with one parser for ranges and one for pages. Wrong input becomes a message and
 * the page's default, never an error page. Depends on {@code web.convert} and the kernel.
 */
package io.clientportal.web.listing;
