/**
 * Public account pages reached from emails or the sign-in page: setting a password through an invitation or reset
 * link ({@code /set-password.xhtml}) and asking for a reset link ({@code /forgot-password.xhtml}). Neither page tells
 * whether an email has an account.
 */
package io.clientportal.web.account;
