package io.clientportal.notices;

import io.clientportal.identity.AccountStatus;
import io.clientportal.identity.UserAccount;
import io.clientportal.invoicing.Invoice;
import io.clientportal.invoicing.InvoiceIssued;
import io.clientportal.kernel.Formatting;
import io.clientportal.mail.Outbox;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells a client's contacts that an invoice was issued to them: each active contact gets an email with a link to the
 * invoice in the portal, where they sign in to see it. No PDF is attached: the invoice stays behind the sign-in, and
 * a forwarded email shows no more than its amount. Invited contacts who have not set a password yet, deactivated
 * contacts, and contacts of a client whose portal is switched off get nothing.
 */
@Stateless
public class InvoiceNotices {

    @Inject
    private TenantPersistence persistence;

    @Inject
    private Outbox outbox;

    public InvoiceNotices() {
    }

    /** Outside the container: the tests deliver the event to this observer on their own EntityManager. */
    public InvoiceNotices(TenantPersistence persistence, Outbox outbox) {
        this.persistence = persistence;
        this.outbox = outbox;
    }

    /** Runs in the issuing transaction: the notices are queued exactly when the issue commits. */
    public void onIssued(@Observes InvoiceIssued issued) {
        EntityManager em = persistence.em();
        Invoice invoice = em.find(Invoice.class, issued.invoiceId());
        if (!invoice.getClient().isPortalEnabled()) {
            return;
        }
        Tenant agency = persistence.tenant();
        Map<String, Object> invoiceModel = new HashMap<>();
        invoiceModel.put("number", invoice.getNumber());
        invoiceModel.put("client", invoice.getClient().getName());
        invoiceModel.put("amount", Formatting.money(invoice.getTotal(), invoice.getCurrency()));
        invoiceModel.put("due", Formatting.longDate(invoice.getDueDate()));
        invoiceModel.put("link", agency.getPublicUrl() + "/portal/invoice.xhtml?id=" + invoice.getId());
        em.createNamedQuery(UserAccount.CONTACTS_OF_CLIENT, UserAccount.class)
                .setParameter("clientId", issued.clientId())
                .getResultStream()
                .filter(contact -> contact.getStatus() == AccountStatus.ACTIVE)
                .forEach(contact -> {
                    Map<String, Object> model = new HashMap<>(invoiceModel);
                    model.put("name", contact.getDisplayName());
                    model.put("email", contact.getEmail());
                    Notice notice = NoticeTemplates.render("invoice-issued", agency, model);
                    outbox.enqueue(em, contact.getEmail(), notice.subject(), notice.text(), notice.html());
                });
    }
}
