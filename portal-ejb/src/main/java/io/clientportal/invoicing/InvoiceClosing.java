package io.clientportal.invoicing;

import io.clientportal.audit.Actor;
import io.clientportal.audit.AuditAction;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.Money;
import io.clientportal.kernel.Refused;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/** What happens to an issued invoice: it is paid, or voided (which frees its hours for a corrected invoice). */
@Stateless
public class InvoiceClosing {

    @Inject
    private TenantPersistence persistence;

    @Inject
    private InvoiceChange change;

    public InvoiceClosing() {
    }

    /** Outside the container: the tests hand in an EntityManager in a transaction of their own. */
    InvoiceClosing(EntityManager em, InvoiceChange change) {
        this.persistence = new TenantPersistence(em);
        this.change = change;
    }

    /** Records the payment received on a day (the agency's day, in its time zone). */
    public void markPaid(long invoiceId, Money amount, LocalDate paidOn, Actor actor) {
        if (amount == null) {
            throw new Refused("amount", "Enter the amount paid.");
        }
        if (paidOn == null) {
            throw new Refused("paidOn", "Enter the day the payment arrived.");
        }
        DateRange.SUPPORTED.check("paidOn", paidOn);
        Tenant owner = persistence.tenant();
        change.apply(persistence.em(), invoiceId, actor, AuditAction.INVOICE_PAID,
                invoice -> invoice.markPaid(amount, paidOn.atStartOfDay(owner.getTimeZone()).toInstant()));
    }

    public void voidInvoice(long invoiceId, Actor actor) {
        EntityManager em = persistence.em();
        Invoice invoice = change.apply(em, invoiceId, actor, AuditAction.INVOICE_VOIDED,
                Invoice::voidInvoice);
        change.releaseTime(em, invoice);
    }
}
