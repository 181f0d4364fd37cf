package io.clientportal.web.security;

/**
 * A route of the application, with the audience it serves and the kind of object its {@code {id}} names (none for a
 * route without one). {@code shows} says how an allowed answer proves it served the object: its marker in the page,
 * or a file of the expected type.
 */
record Route(String path, Audience audience, DemoObject.Kind idKind, Shows shows) {

    /** SERVER: the application server's own endpoints (metrics, OpenAPI, health), closed to every identity. */
    enum Audience { PORTAL, AGENCY, AGENCY_ADMIN, PLATFORM, API, PUBLIC, SERVER }

    enum Shows { MARKER, PDF, CSV, NOTHING }

    static Route page(String path, Audience audience) {
        return new Route(path, audience, null, Shows.NOTHING);
    }

    static Route of(String path, Audience audience, DemoObject.Kind idKind, Shows shows) {
        return new Route(path, audience, idKind, shows);
    }

    /** Whether the route names its object by the agency's external id rather than by ours. */
    boolean byExternalId() {
        return path.contains("{ext}");
    }

    String pathFor(DemoObject object) {
        return object == null ? path : path.replace("{id}", Long.toString(object.id()))
                .replace("{ext}", String.valueOf(object.externalId()));
    }

    /** Whether the identity is of the route's audience on this host (an account works on its own tenant only). */
    boolean admits(Identity identity, String host) {
        boolean home = host.equals(identity.tenant());
        return switch (audience) {
            case PUBLIC -> true;
            case PORTAL -> home && identity.role() == Identity.Role.CONTACT;
            case AGENCY -> home && identity.isAgencyMember();
            case AGENCY_ADMIN -> home && identity.role() == Identity.Role.ADMIN;
            case PLATFORM -> home && identity.role() == Identity.Role.SUPER_ADMIN;
            case API -> home && identity.role() == Identity.Role.API_KEY;
            case SERVER -> false;
        };
    }
}
