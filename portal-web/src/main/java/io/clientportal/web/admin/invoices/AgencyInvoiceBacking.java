package io.clientportal.web.admin.invoices;

import io.clientportal.identity.AccountIdentity;
import io.clientportal.invoicing.InvoiceWithLines;
import io.clientportal.invoicing.InvoiceDrafting;
import io.clientportal.invoicing.InvoiceIssuing;
import io.clientportal.invoicing.InvoiceClosing;
import io.clientportal.invoicing.Invoices;
import io.clientportal.kernel.Money;
import io.clientportal.web.admin.BackOfficeChanges;
import io.clientportal.web.convert.IdConverter;
import io.clientportal.web.AgencyToday;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One invoice of the agency ({@code /admin/invoices/invoice.xhtml?id=}). A draft's lines are reworded, fixed lines
 * added or removed, its tax rate changed; it is discarded or issued (today, due in 30 days, unless chosen otherwise).
 * An open invoice is marked paid (its total, today, unless told otherwise) or voided. An id of another agency, or no
 * invoice at all, answers "no such invoice" with a 404.
 */
@Named
@ViewScoped
public class AgencyInvoiceBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAYMENT_TERM_DAYS = 30;

    @EJB
    private Invoices invoices;

    @EJB
    private InvoiceDrafting drafting;

    @EJB
    private InvoiceIssuing issuing;

    @EJB
    private InvoiceClosing settlement;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private AgencyToday today;

    @Inject
    private BackOfficeChanges changes;

    private String id;
    private long invoiceId;
    private InvoiceWithLines invoice;

    private final Map<Integer, String> descriptions = new HashMap<>();
    private String newDescription;
    private BigDecimal newAmount;
    private BigDecimal taxRate;
    private LocalDate issueDate;
    private LocalDate dueDate;
    private BigDecimal paidAmount;
    private LocalDate paidOn;

    public void open() {
        Optional<Long> parsed = IdConverter.parse(id);
        invoice = parsed.flatMap(found -> invoices.find(found, today.date())).orElse(null);
        if (invoice == null) {
            FacesContext.getCurrentInstance().getExternalContext()
                    .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        invoiceId = parsed.get();
        resetForms();
    }

    private void reload() {
        invoice = invoices.find(invoiceId, today.date()).orElse(null);
        if (invoice != null) {
            resetForms();
        }
    }

    /** Fills every form with what the invoice says now, and the defaults for what comes next. */
    private void resetForms() {
        descriptions.clear();
        invoice.lines().forEach(line -> descriptions.put(line.lineNo(), line.description()));
        newDescription = null;
        newAmount = null;
        taxRate = invoice.taxRate();
        issueDate = today.date();
        dueDate = issueDate.plusDays(PAYMENT_TERM_DAYS);
        paidAmount = invoice.row().total().amount();
        paidOn = today.date();
    }

    public void describe(int lineNo) {
        changes.attempt(actor -> drafting.describeLine(invoiceId, lineNo,
                descriptions.get(lineNo), actor), "agencyInvoice.lineChanged");
        reload();
    }

    public void addLine() {
        Money amount = newAmount == null ? null : Money.of("amount", newAmount);
        changes.attempt(actor -> drafting.addFixedLine(invoiceId, newDescription, amount,
                actor), "agencyInvoice.lineAdded");
        reload();
    }

    public void removeLine(int lineNo) {
        changes.attempt(actor -> drafting.removeLine(invoiceId, lineNo, actor),
                "agencyInvoice.lineRemoved");
        reload();
    }

    public void changeTaxRate() {
        changes.attempt(actor -> drafting.changeTaxRate(invoiceId, taxRate, actor),
                "agencyInvoice.taxChanged");
        reload();
    }

    public String discard() {
        if (!changes.attempt(actor -> drafting.discard(invoiceId, actor),
                "agencyInvoice.discarded")) {
            reload();
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/invoices/index?faces-redirect=true";
    }

    public void issue() {
        changes.result(actor -> issuing.issue(invoiceId, issueDate, dueDate, actor))
                .ifPresent(number -> changes.say("agencyInvoice.issued", number));
        reload();
    }

    public void markPaid() {
        Money amount = paidAmount == null ? null : Money.of("amount", paidAmount);
        changes.attempt(actor -> settlement.markPaid(invoiceId, amount, paidOn, actor),
                "agencyInvoice.paid");
        reload();
    }

    public void voidInvoice() {
        changes.attempt(actor -> settlement.voidInvoice(invoiceId, actor),
                "agencyInvoice.voided");
        reload();
    }

    public InvoiceWithLines getInvoice() {
        return invoice;
    }

    public boolean isFound() {
        return invoice != null;
    }

    public boolean isOverdue() {
        return invoice.row().overdue();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Map<Integer, String> getDescriptions() {
        return descriptions;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }

    public BigDecimal getNewAmount() {
        return newAmount;
    }

    public void setNewAmount(BigDecimal newAmount) {
        this.newAmount = newAmount;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public void setTaxRate(BigDecimal taxRate) {
        this.taxRate = taxRate;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public void setPaidAmount(BigDecimal paidAmount) {
        this.paidAmount = paidAmount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }
}
