package io.clientportal.identity;

import io.clientportal.invoicing.Invoice;
import io.clientportal.tenancy.Tenant;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The text of the emails accounts receive. Plain text: it survives every mail client and every filter. */
final class AccountMails {

    private AccountMails() {
    }

    static String invitationSubject(Tenant tenant) {
        return "You are invited to the " + tenant.getName() + " client portal";
    }

    static String invitation(Tenant tenant, UserAccount contact, String link, Instant expiresAt) {
        return "Hello " + contact.getDisplayName() + ",\n\n"
                + tenant.getName() + " invites you to its client portal, where you will find the invoices and "
                + "approved hours of " + contact.getPortalClient().getName() + ".\n\n"
                + "Set your password here (the link works once and until " + date(tenant, expiresAt) + "):\n"
                + link + "\n\n"
                + "Your sign-in email is " + contact.getEmail() + ".\n";
    }

    static String adminInvitation(Tenant tenant, UserAccount admin, String link, Instant expiresAt) {
        return "Hello " + admin.getDisplayName() + ",\n\n"
                + "Your agency " + tenant.getName() + " is ready on the client portal, and you are its admin.\n\n"
                + "Set your password here (the link works once and until " + date(tenant, expiresAt) + "):\n"
                + link + "\n\n"
                + "Your sign-in email is " + admin.getEmail() + ".\n";
    }

    static String resetSubject(Tenant tenant) {
        return "Reset your password for " + tenant.getName();
    }

    static String reset(Tenant tenant, UserAccount account, String link, Instant expiresAt) {
        return "Hello " + account.getDisplayName() + ",\n\n"
                + "Someone asked to reset the password of " + account.getEmail() + " at " + tenant.getName()
                + ". If it was you, choose a new password here (the link works once and until "
                + date(tenant, expiresAt) + "):\n" + link + "\n\n"
                + "If it was not you, ignore this email: your password stays as it is.\n";
    }

    static String changedSubject(Tenant tenant) {
        return "Your password for " + tenant.getName() + " was changed";
    }

    static String changed(Tenant tenant, UserAccount account) {
        return "Hello " + account.getDisplayName() + ",\n\n"
                + "The password of " + account.getEmail() + " at " + tenant.getName() + " was just changed.\n"
                + "If you did not do this, contact " + tenant.getName() + " right away.\n";
    }

    static String invoiceSubject(Tenant tenant, Invoice invoice) {
        return "Invoice " + invoice.getNumber() + " from " + tenant.getName();
    }

    static String invoiceIssued(Tenant tenant, UserAccount contact, Invoice invoice, String link) {
        return "Hello " + contact.getDisplayName() + ",\n\n"
                + tenant.getName() + " has issued invoice " + invoice.getNumber() + " to "
                + invoice.getClient().getName() + ": " + amount(invoice) + ", due on "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)
                .format(invoice.getDueDate()) + ".\n\n"
                + "See it and download its PDF in your client portal (sign in as " + contact.getEmail() + "):\n"
                + link + "\n";
    }

    private static String amount(Invoice invoice) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(invoice.getCurrency());
        return format.format(invoice.getTotal().amount());
    }

    private static String date(Tenant tenant, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH)
                .withZone(tenant.getTimeZone()).format(instant);
    }
}
