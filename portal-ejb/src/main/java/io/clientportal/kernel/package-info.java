/**
 * The shared kernel: small immutable value types every feature speaks in (money, hours, date ranges) and their JPA
 * converters; and the clock
 * every "now" is read from. Depends on nothing else in the application.
 */
package io.clientportal.kernel;
