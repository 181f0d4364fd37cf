package io.clientportal.invoicing;

import io.clientportal.portal.InvoicePdf;
import io.clientportal.portal.InvoicePdfs;
import io.clientportal.portal.PortalScope;
import io.clientportal.tenancy.CallerScope;
import io.clientportal.tenancy.ScopedWork;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * The agency's staff download exactly the PDF the client gets: the invoice's client is looked up on the agency side,
 * then the portal renders it in that client's scope. Not in a transaction itself, so each step gets an EntityManager
 * of its own (one scoped to the tenant, one to the tenant and the client).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AgencyInvoicePdfs {

    @EJB
    private Invoices invoices;

    @EJB
    private InvoicePdfs pdfs;

    public Optional<InvoicePdf> render(long invoiceId) {
        // Staff see the PDF exactly as the invoice's client does: rendered in that client's portal scope.
        long tenantId = CallerScope.require().tenant().tenantId();
        return invoices.clientOf(invoiceId).flatMap(clientId -> ScopedWork.call(
                new PortalScope(tenantId, clientId).caller(), () -> pdfs.render(invoiceId)));
    }
}
