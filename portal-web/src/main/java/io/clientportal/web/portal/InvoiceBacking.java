package io.clientportal.web.portal;

import io.clientportal.web.convert.IdConverter;
import io.clientportal.web.AgencyToday;
import io.clientportal.identity.AccountIdentity;
import io.clientportal.portal.PortalApprovedTime;
import io.clientportal.portal.PortalInvoice;
import io.clientportal.portal.PortalInvoiceLine;
import io.clientportal.portal.PortalInvoices;
import io.clientportal.portal.PortalInvoices.InvoiceWithTime;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * One invoice with its lines and the approved hours behind them ({@code ?id=}). An id outside the contact's scope,
 * or no id at all, is "not found", exactly like an id that never existed.
 */
@Named
@RequestScoped
public class InvoiceBacking {

    @EJB
    private PortalInvoices invoices;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private AgencyToday today;

    private String id;
    private PortalInvoice invoice;
    private List<PortalInvoiceLine> lines;
    private List<PortalApprovedTime> billedTime;

    public void load() throws IOException {
        Optional<InvoiceWithTime> found = IdConverter.parse(id).flatMap(invoices::withTime);
        if (found.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
            return;
        }
        invoice = found.get().invoice();
        lines = found.get().lines();
        billedTime = found.get().billedTime();
    }

    public boolean isOverdue() {
        return invoice.isOverdue(today.date());
    }

    public PortalInvoice getInvoice() {
        return invoice;
    }

    public List<PortalInvoiceLine> getLines() {
        return lines;
    }

    public List<PortalApprovedTime> getBilledTime() {
        return billedTime;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
