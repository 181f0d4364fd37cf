package io.clientportal.web.portal;

import io.clientportal.identity.AccountIdentity;
import io.clientportal.kernel.DateRange;
import io.clientportal.kernel.PageNumber;
import io.clientportal.portal.InvoicePage;
import io.clientportal.portal.InvoiceQuery;
import io.clientportal.portal.InvoiceSort;
import io.clientportal.portal.InvoiceStatusFilter;
import io.clientportal.portal.PortalInvoice;
import io.clientportal.portal.PortalInvoices;
import io.clientportal.web.AgencyToday;
import io.clientportal.web.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    private RangeFilter rangeFilter;

    private String status;
    private String sort;
    private String dir;
    private String page;

    private InvoicePage result;
    private InvoiceQuery query;
    private LocalDate todayDate;

    public void load() {
        todayDate = today.date();
        List<String> problems = new ArrayList<>();
        InvoiceStatusFilter statusFilter = parse(InvoiceStatusFilter.class, status, InvoiceStatusFilter.ALL,
                problems, "invoices.unknownStatus");
        InvoiceSort order = parse(InvoiceSort.class, sort, InvoiceSort.ISSUE_DATE, problems, "invoices.unknownSort");
        boolean ascending = "asc".equals(dir);
        DateRange issued = rangeFilter.read(todayDate, problems).orElse(null);
        PageNumber pageNumber = PageNumber.read(page, () -> problems.add("invoices.badPage"));
        query = new InvoiceQuery(statusFilter, issued, order, ascending, pageNumber.firstRow(PAGE_SIZE), PAGE_SIZE);
        result = invoices.list(query, todayDate);
        problems.stream().distinct().forEach(messages::error);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, E fallback, List<String> problems,
                                               String problem) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        Optional<E> value = Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(text.strip().replace('-', '_')))
                .findFirst();
        if (value.isEmpty()) {
            problems.add(problem);
        }
        return value.orElse(fallback);
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
        put(parameters, "status", query.status() == InvoiceStatusFilter.ALL ? null : slug(query.status()));
        put(parameters, "from", query.issued() == null ? null : query.issued().first().toString());
        put(parameters, "to", query.issued() == null ? null : query.issued().last().toString());
        put(parameters, "sort", slug(query.sort()));
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
        return link("sort", slug(target), "dir", ascending ? "asc" : "desc", "page", "1");
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value == null) {
            parameters.remove(name);
        } else {
            parameters.put(name, value);
        }
    }

    private static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String getSelectedStatus() {
        return slug(query.status());
    }

    public String getSelectedFrom() {
        return query.issued() == null ? "" : query.issued().first().toString();
    }

    public String getSelectedTo() {
        return query.issued() == null ? "" : query.issued().last().toString();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
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

    public String getPageParam() {
        return page;
    }

    public void setPageParam(String page) {
        this.page = page;
    }
}
