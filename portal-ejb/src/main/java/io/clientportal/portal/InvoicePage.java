package io.clientportal.portal;

import java.util.List;

/** One page of a client's invoices, and how many match in all. */
public record InvoicePage(List<PortalInvoice> rows, long total) {
}
