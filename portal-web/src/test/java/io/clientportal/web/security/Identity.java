package io.clientportal.web.security;

/**
 * Who attacks: a signed-in account of some tenant (a client's contact, staff, an admin, a super-admin), a contact whose
 * account was deactivated after signing in, an agency's API key (in {@code email}'s place), or nobody.
 * {@code client} is the contact's client.
 */
record Identity(String label, Role role, String tenant, String email, String client) {

    enum Role { CONTACT, DEACTIVATED_CONTACT, STAFF, ADMIN, SUPER_ADMIN, API_KEY, NOBODY }

    static Identity contact(String tenant, String email, String client) {
        return new Identity("contact " + email, Role.CONTACT, tenant, email, client);
    }

    static Identity member(Role role, String tenant, String email) {
        return new Identity(role.name().toLowerCase() + " " + email, role, tenant, email, null);
    }

    static Identity nobody() {
        return new Identity("nobody", Role.NOBODY, null, null, null);
    }

    static Identity apiKey(String tenant, String key) {
        return new Identity("API key of " + tenant, Role.API_KEY, tenant, key, null);
    }

    /** Whether the identity may see people's rates: an agency admin, or an admin's API key, of that agency. */
    boolean mayReadRates(String ofTenant) {
        return (role == Role.ADMIN || role == Role.API_KEY) && ofTenant.equals(tenant);
    }

    boolean isAgencyMember() {
        return role == Role.STAFF || role == Role.ADMIN;
    }

    /** Whether this identity may read the object at all, anywhere in the application. */
    boolean mayRead(DemoObject object) {
        return switch (role) {
            case CONTACT -> object.portalObjectOf(tenant, client);
            case STAFF, ADMIN, API_KEY -> object.tenant().equals(tenant);
            default -> false;
        };
    }
}
