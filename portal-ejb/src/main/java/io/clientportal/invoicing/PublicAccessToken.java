package io.clientportal.invoicing;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The unguessable token in an invoice's public pay URL: 256 random bits, URL-safe. Knowing it is the only
 * authorization the pay page will ask for, so it never derives from anything else about the invoice.
 */
public record PublicAccessToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    public PublicAccessToken {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9_-]{43}")) {
            throw new IllegalArgumentException("Not a public access token");
        }
    }

    public static PublicAccessToken random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new PublicAccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    @Override
    public String toString() {
        // Keeps the token out of logs that print an invoice.
        return "PublicAccessToken[…]";
    }
}
