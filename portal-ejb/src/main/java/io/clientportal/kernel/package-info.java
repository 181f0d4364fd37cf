/**
 * The shared kernel: small immutable value types every feature speaks in (money, hours, date ranges) and their JPA
 * converters. Depends on nothing else in the application.
 */
package io.clientportal.kernel;
