package io.clientportal.web.tenancy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the tenant's subdomain from a Host header: the first label of a name with at least two labels. */
public final class Subdomains {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private Subdomains() {
    }

    public static Optional<String> of(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank() || hostHeader.startsWith("[")) {
            return Optional.empty();
        }
        String host = hostHeader.strip().toLowerCase(Locale.ROOT).replaceFirst(":\\d{1,5}$", "");
        if (IPV4.matcher(host).matches()) {
            return Optional.empty();
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2 || !LABEL.matcher(labels[0]).matches()) {
            return Optional.empty();
        }
        return Optional.of(labels[0]);
    }
}
