/**
 * Attacks on the running portal: the isolation matrix (every route, every identity, every other scope's ids) and the
 * hardening the product promises (headers, sessions, hostile input).
 */
package io.clientportal.web.security;
