/**
 * {@code /admin/invoices/}: the agency's side of its invoices. The list with its filters and the form that drafts a
 * client's invoice from approved hours; one invoice's page, where a draft is edited, discarded or issued and an issued
 * invoice is marked paid or voided; and the PDF download, as the client gets it.
 */
package io.clientportal.web.admin.invoices;
