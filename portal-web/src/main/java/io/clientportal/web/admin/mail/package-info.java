/**
 * {@code /admin/mail.xhtml}: each outgoing message's delivery state, for admins. Bodies are not shown: they carry
 * single-use links that only their recipient may follow.
 */
package io.clientportal.web.admin.mail;
