/**
 * Signing in and out ({@code /login.xhtml}): the form authentication mechanism, the identity store that only knows
 * the accounts of the request's tenant, the throttle against guessing, and where each role lands after sign-in.
 * A signed-in identity lives in the HTTP session and is re-checked on every request: its tenant must be the host's
 * and its account still active.
 */
package io.clientportal.web.signin;
