package io.clientportal.invoicing;

import java.util.List;

/** One page of the agency's invoice list, and how many invoices the list holds in all. */
public record InvoiceListPage(List<InvoiceRow> rows, long count) {
}
