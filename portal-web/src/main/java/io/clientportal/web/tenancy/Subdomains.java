package io.clientportal.web.tenancy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tenant's subdomain from a Host header: the first label of a well-formed name with at least two labels and
 * an optional port. Anything else (an address, a bare name, a malformed header) names no tenant.
 */
public final class Subdomains {

    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern HOST = Pattern.compile("(" + LABEL + ")(?:\\." + LABEL + ")+(?::\\d{1,5})?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d{1,5})?");

    private Subdomains() {
    }

    public static Optional<String> of(String hostHeader) {
        if (hostHeader == null) {
            return Optional.empty();
        }
        String host = hostHeader.toLowerCase(Locale.ROOT);
        Matcher name = HOST.matcher(host);
        if (IPV4.matcher(host).matches() || !name.matches()) {
            return Optional.empty();
        }
        return Optional.of(name.group(1));
    }
}
