/** {@code /admin/invoices/}: the agency's side of its invoices; for now the PDF download, as the client gets it. */
package io.clientportal.web.admin.invoices;
