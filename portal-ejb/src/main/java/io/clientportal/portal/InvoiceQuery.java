package io.clientportal.portal;

import io.clientportal.kernel.DateRange;
import java.util.Objects;

/**
 * What a client asks of its invoice list: a status, an optional range of issue dates, an order and a page.
 *
 * @param issued null for any issue date
 */
public record InvoiceQuery(InvoiceStatusFilter status, DateRange issued, InvoiceSort sort, boolean ascending,
                           int first, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public InvoiceQuery {
        Objects.requireNonNull(status);
        Objects.requireNonNull(sort);
        if (first < 0) {
            throw new IllegalArgumentException("A page cannot start before the first row");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE_SIZE + " rows");
        }
    }
}
