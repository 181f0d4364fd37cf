package io.clientportal.platform;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** What a super-admin gives to open an agency: its subdomain and name, its zone and currency, its first admin. */
public record NewAgency(String subdomain, String name, ZoneId timeZone, Currency currency, String adminName,
                        String adminEmail) {

    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    /** Names that would confuse people or collide with the platform's own hosts. */
    private static final Set<String> RESERVED = Set.of("platform", "www", "admin", "api", "mail", "portal", "app",
            "static", "status");

    public NewAgency {
        subdomain = Objects.requireNonNull(subdomain).strip().toLowerCase(Locale.ROOT);
        if (!SUBDOMAIN.matcher(subdomain).matches()) {
            throw new PlatformException("A subdomain has letters, digits and inner dashes only (at most 63).");
        }
        if (RESERVED.contains(subdomain)) {
            throw new PlatformException("This subdomain is reserved.");
        }
        if (name == null || name.isBlank() || adminName == null || adminName.isBlank()) {
            throw new PlatformException("The agency and its admin need a name.");
        }
        Objects.requireNonNull(timeZone);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(adminEmail);
    }
}
