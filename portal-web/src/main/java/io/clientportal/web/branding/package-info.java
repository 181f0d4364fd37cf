/**
 * The agency's look on its own host: {@code /branding/theme.css} (its colour) and {@code /branding/logo} (its logo),
 * read from the tenant the request's host names. Public: the sign-in page wears them too.
 */
package io.clientportal.web.branding;
