/**
 * Email through an outbox. A feature that sends mail calls {@link io.clientportal.mail.Outbox#enqueue} inside the
 * transaction of the change it reports, so the message is committed or rolled back with it. A timer
 * ({@link io.clientportal.mail.MailDelivery}) later delivers each tenant's due messages over SMTP, one transaction per
 * message, retrying with exponential backoff while the mail server is unreachable; without an SMTP host it writes them
 * to the log instead. A message is plain text, or text and HTML alternatives (multipart/alternative; the notices send
both). Each message keeps its delivery state for the admins.
 *
 * <p>Depends on tenancy (messages are tenant-owned) and the database; features depend on it, never the reverse.
 */
package io.clientportal.mail;
