/**
 * Faces converters and the parsing behind them, so backing beans hold typed values ({@code Money}, {@code Hours},
 * ids, days, constants) and no page parses text by hand. Bad input becomes a message for the person, never an
 * exception. Depends on the kernel's value types only.
 */
package io.clientportal.web.convert;
