package io.clientportal.web.security;

/**
 * One object of the demo data a route can be pointed at: an invoice, a project or a client, with the tenant and the
 * client it belongs to (none for an internal project) and the text that shows it on a page (number or name).
 */
record DemoObject(Kind kind, long id, String marker, String tenant, String client, boolean inPortal) {

    enum Kind { INVOICE, PROJECT, CLIENT }

    /** Whether the object is one of this tenant's client's, and the portal shows it (issued invoice, client project). */
    boolean portalObjectOf(String tenantName, String clientName) {
        return inPortal && tenant.equals(tenantName) && clientName.equals(client);
    }
}
