package io.clientportal.web.admin.invoices;

import io.clientportal.clients.Client;
import io.clientportal.clients.Clients;
import io.clientportal.identity.AccountIdentity;
import io.clientportal.invoicing.InvoiceDrafting;
import io.clientportal.invoicing.InvoiceListPage;
import io.clientportal.invoicing.InvoiceRow;
import io.clientportal.invoicing.InvoiceStatus;
import io.clientportal.invoicing.Invoices;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.PageNumber;
import io.clientportal.web.Messages;
import io.clientportal.web.admin.BackOfficeChanges;
import io.clientportal.web.AgencyToday;
import io.clientportal.web.listing.ListFilter;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * All the agency's invoices ({@code /admin/invoices/?status=&client=}), and the form that drafts a client's invoice
 * for a period (last month unless chosen otherwise) from its approved, not yet invoiced hours.
 */
@Named
@ViewScoped
public class AgencyInvoicesBacking implements Serializable {

    static final int PAGE_SIZE = 50;

    private static final long serialVersionUID = 1L;

    @EJB
    private Invoices invoices;

    @EJB
    private InvoiceDrafting drafting;

    @EJB
    private Clients agencyClients;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private AgencyToday today;

    @Inject
    private Messages messages;

    @Inject
    private BackOfficeChanges changes;

    @Inject
    private ListFilter filter;

    private List<Client> clients;
    private InvoiceStatus statusFilter;
    private Long clientFilter;
    /** Only the page shown: a view keeps no more than it displays. */
    private List<InvoiceRow> rows;
    private long count;
    private PageNumber pageNumber;

    private Long draftClient;
    private LocalDate draftFrom;
    private LocalDate draftTo;
    private BigDecimal draftTaxRate;

    public void open() {
        clients = agencyClients.list();
        statusFilter = filter.status(InvoiceStatus.class, null, "agencyInvoices.unknownStatus");
        clientFilter = filter.client(id -> clients.stream().anyMatch(c -> c.getId().equals(id)),
                "agencyInvoices.unknownClient");
        pageNumber = filter.page();
        InvoiceListPage shown = invoices.list(statusFilter, clientFilter, today.date(),
                pageNumber.firstRow(PAGE_SIZE), PAGE_SIZE);
        if (shown.rows().isEmpty() && pageNumber != PageNumber.FIRST) {
            pageNumber = PageNumber.FIRST; // past the last page: the first one instead
            shown = invoices.list(statusFilter, clientFilter, today.date(), 0, PAGE_SIZE);
        }
        rows = shown.rows();
        count = shown.count();
        DateRange lastMonth = DateRange.month(today.date().minusMonths(1));
        draftClient = clientFilter;
        draftFrom = lastMonth.first();
        draftTo = lastMonth.last();
        draftTaxRate = invoices.lastTaxRate();
    }

    /** Drafts the invoice and opens it; stays here with the reason when there is nothing to draft. */
    public String draft() {
        if (draftTo.isBefore(draftFrom)) {
            messages.error("agencyInvoices.inverted");
            return null;
        }
        DateRange period = new DateRange(draftFrom, draftTo);
        Optional<Long> drafted = changes.result(actor -> drafting.draft(draftClient, period,
                draftTaxRate, actor));
        if (drafted.isEmpty()) {
            return null;
        }
        messages.info("agencyInvoices.drafted");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/invoices/invoice?faces-redirect=true&id=" + drafted.get();
    }

    public long getCount() {
        return count;
    }

    public int getPageNumber() {
        return pageNumber.value();
    }

    public long getPageCount() {
        return Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public InvoiceStatus[] getStatuses() {
        return InvoiceStatus.values();
    }

    public List<Client> getClients() {
        return clients;
    }

    public List<InvoiceRow> getRows() {
        return rows;
    }

    public InvoiceStatus getStatusFilter() {
        return statusFilter;
    }

    public Long getClientFilter() {
        return clientFilter;
    }

    public Long getDraftClient() {
        return draftClient;
    }

    public void setDraftClient(Long draftClient) {
        this.draftClient = draftClient;
    }

    public LocalDate getDraftFrom() {
        return draftFrom;
    }

    public void setDraftFrom(LocalDate draftFrom) {
        this.draftFrom = draftFrom;
    }

    public LocalDate getDraftTo() {
        return draftTo;
    }

    public void setDraftTo(LocalDate draftTo) {
        this.draftTo = draftTo;
    }

    public BigDecimal getDraftTaxRate() {
        return draftTaxRate;
    }

    public void setDraftTaxRate(BigDecimal draftTaxRate) {
        this.draftTaxRate = draftTaxRate;
    }
}
