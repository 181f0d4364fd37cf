package io.clientportal.portal;

/** The orders a client can sort its invoices in; each maps to one indexed-friendly JPQL ordering. */
public enum InvoiceSort {
    NUMBER("i.number"),
    ISSUE_DATE("i.issueDate"),
    DUE_DATE("i.dueDate"),
    AMOUNT("i.total");

    private final String path;

    InvoiceSort(String path) {
        this.path = path;
    }

    String orderBy(boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        // The id breaks ties, so paging never shows a row twice or skips one.
        return " order by " + path + direction + ", i.id" + direction;
    }
}
