package io.clientportal.web.security;

/**
 * One object of the demo data a route can be pointed at: an invoice, a project, a client or a person of the agency,
 * with the tenant and the client it belongs to (none for an internal project or a person) and the text that shows it
 * on a page (number or name), and the id the agency's own system knows it by, if any (for the integration API).
 */
record DemoObject(Kind kind, long id, String marker, String tenant, String client, boolean inPortal,
                  String externalId) {

    enum Kind { INVOICE, PROJECT, CLIENT, PERSON }

    /** Whether the object is one of this tenant's client's, and the portal shows it (issued invoice, client project). */
    boolean portalObjectOf(String tenantName, String clientName) {
        return inPortal && tenant.equals(tenantName) && clientName.equals(client);
    }
}
