/**
 * The shared kernel: small immutable value types every feature speaks in (money, hours, date ranges, page numbers)
 * and their JPA converters, with the one rule each for what may come in from outside: the digits of a decimal
 * ({@link io.clientportal.kernel.Digits}, checked before anything expands it), the days a date may name
 * ({@link io.clientportal.kernel.DateRange#SUPPORTED}) and the pages a list has
 * ({@link io.clientportal.kernel.PageNumber}); and the clock every "now" is read from. Depends on nothing else in the
 * application.
 */
package io.clientportal.kernel;
