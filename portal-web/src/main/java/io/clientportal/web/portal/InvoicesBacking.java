package io.clientportal.web.portal;

import io.clientportal.web.AgencyToday;
import io.clientportal.identity.AccountIdentity;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.PageNumber;
import io.clientportal.portal.InvoicePage;
import io.clientportal.portal.InvoiceQuery;
import io.clientportal.portal.InvoiceSort;
import io.clientportal.portal.InvoiceStatusFilter;
import io.clientportal.portal.PortalInvoice;
import io.clientportal.portal.PortalInvoices;
import io.clientportal.web.Messages;
import io.clientportal.web.convert.ConstantNames;
import io.clientportal.web.listing.ListFilter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The invoice list, driven entirely by URL parameters ({@code status, preset, from, to, sort, dir, page}) so a
 * contact can bookmark or share a view. Unknown or malformed values fall back to the default and say so.
 */
@Named
@RequestScoped
public class InvoicesBacking {

    static final int PAGE_SIZE = 20;

    @EJB
    private PortalInvoices invoices;

    @Inject
    private AccountIdentity signedIn;

    @Inject
    private AgencyToday today;

    @Inject
    private Messages messages;

    @Inject
    private ListFilter filter;

    private String sort;
    private String dir;

    private InvoicePage result;
    private InvoiceQuery query;
    private LocalDate todayDate;

    public void load() {
        todayDate = today.date();
        InvoiceStatusFilter statusFilter = filter.status(InvoiceStatusFilter.class, InvoiceStatusFilter.ALL,
                "invoices.unknownStatus");
        Optional<InvoiceSort> sorted = ConstantNames.parse(InvoiceSort.class, sort);
        if (sorted.isEmpty() && sort != null && !sort.isBlank()) {
            messages.error("invoices.unknownSort");
        }
        InvoiceSort order = sorted.orElse(InvoiceSort.ISSUE_DATE);
        boolean ascending = "asc".equals(dir);
        DateRange issued = filter.range((DateRange) null);
        PageNumber pageNumber = filter.page();
        query = new InvoiceQuery(statusFilter, issued, order, ascending, pageNumber.firstRow(PAGE_SIZE), PAGE_SIZE);
        result = invoices.list(query, todayDate);
    }

    public List<PortalInvoice> getRows() {
        return result.rows();
    }

    public long getTotal() {
        return result.total();
    }

    public boolean isOverdue(PortalInvoice invoice) {
        return invoice.isOverdue(todayDate);
    }

    public int getPage() {
        return query.first() / PAGE_SIZE + 1;
    }

    public int getPages() {
        return (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The URL of this view with some parameters changed: for sort headers, pager and filters. */
    public String link(String... nameValuePairs) {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "status", query.status() == InvoiceStatusFilter.ALL ? null : ConstantNames.slug(query.status()));
        put(parameters, "from", query.issued() == null ? null : query.issued().first().toString());
        put(parameters, "to", query.issued() == null ? null : query.issued().last().toString());
        put(parameters, "sort", ConstantNames.slug(query.sort()));
        put(parameters, "dir", query.ascending() ? "asc" : "desc");
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            put(parameters, nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return "invoices.xhtml" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&", "?", ""));
    }

    /** The link a column header points to: sorts by it, flipping the direction when it already sorts by it. */
    public String sortLink(String column) {
        InvoiceSort target = InvoiceSort.valueOf(column);
        boolean ascending = target != query.sort() || !query.ascending();
        return link("sort", ConstantNames.slug(target), "dir", ascending ? "asc" : "desc", "page", "1");
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value == null) {
            parameters.remove(name);
        } else {
            parameters.put(name, value);
        }
    }

    /** The statuses the filter offers, as the URL names them. */
    public List<String> getStatuses() {
        return Arrays.stream(InvoiceStatusFilter.values()).map(ConstantNames::slug).toList();
    }

    public String getSelectedStatus() {
        return ConstantNames.slug(query.status());
    }

    public String getSelectedFrom() {
        return query.issued() == null ? "" : query.issued().first().toString();
    }

    public String getSelectedTo() {
        return query.issued() == null ? "" : query.issued().last().toString();
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }
}
