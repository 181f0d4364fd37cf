/**
 * Support for the container tests: the PostgreSQL database the Payara Micro under test uses, and an HTTP client that
 * reaches a tenant by its Host header (tenant subdomains of localhost do not resolve through the JDK), a headless Chromium
 * and the audit of the pages it shows (axe-core's WCAG rules, at desktop and phone width).
 */
package io.clientportal.web.testing;
