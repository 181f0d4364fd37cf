package io.clientportal.integration;

import io.clientportal.kernel.Refused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds what the agency's system names by its own ids. Every entity that carries one maps it as {@code externalId};
 * a tenant-scoped EntityManager only ever finds the tenant's own.
 */
@ApplicationScoped
public class ExternalIds {

    /** Safe in a URL path without escaping, and short enough for the column. */
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    /** The external id, refused when it is not 1 to 100 URL-safe characters. */
    public static String check(String field, String externalId) {
        if (externalId == null || !FORMAT.matcher(externalId).matches()) {
            throw new Refused(field, "An external id is 1 to 100 letters, digits, '.', '_', ':' or '-', "
                    + "starting with a letter or digit.");
        }
        return externalId;
    }

    <T> Optional<T> find(EntityManager tenantScoped, Class<T> type, String externalId) {
        return tenantScoped.createQuery("select e from " + type.getSimpleName() + " e where e.externalId = :id",
                type).setParameter("id", externalId).getResultStream().findFirst();
    }

    /** What another record refers to; refused, naming the field, when the tenant has no such thing. */
    <T> T require(EntityManager tenantScoped, Class<T> type, String field, String externalId) {
        return find(tenantScoped, type, check(field, externalId)).orElseThrow(() -> new Refused(field,
                "No " + field + " has the external id " + externalId + "."));
    }
}
