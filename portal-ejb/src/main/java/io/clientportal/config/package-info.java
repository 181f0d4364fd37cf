/**
 * How the application turns the few variables an operator sets ({@code PORTAL_*}, as environment variables or system
 * properties) into the MicroProfile Config keys its resources read. Depends on nothing else in the application.
 */
package io.clientportal.config;
