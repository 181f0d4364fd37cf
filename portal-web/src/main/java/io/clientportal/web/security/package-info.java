/**
 * Response hardening that applies to every response, pages, downloads and error pages alike: the security headers.
 */
package io.clientportal.web.security;
