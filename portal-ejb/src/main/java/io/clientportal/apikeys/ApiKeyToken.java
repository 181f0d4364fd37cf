package io.clientportal.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API key as its holder sends it: {@code cp_<prefix>_<secret>}. The prefix (8 characters) is public: it finds the
 * key within the tenant and names it on the admin page and in the audit log. The secret is 256 random bits, of which
 * only a SHA-256 is stored; with that much entropy a slow hash would add nothing.
 */
public record ApiKeyToken(String prefix, String secret) {

    private static final Pattern FORMAT = Pattern.compile("cp_([a-z0-9]{8})_([A-Za-z0-9_-]{43})");
    private static final String PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public ApiKeyToken {
        if (!FORMAT.matcher("cp_" + prefix + "_" + secret).matches()) {
            throw new IllegalArgumentException("Not an API key");
        }
    }

    public static ApiKeyToken random() {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(RANDOM.nextInt(PREFIX_ALPHABET.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new ApiKeyToken(prefix.toString(), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The key in a presented text; empty for anything not shaped like one (which then matches no key). */
    public static Optional<ApiKeyToken> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher key = FORMAT.matcher(text.strip());
        return key.matches() ? Optional.of(new ApiKeyToken(key.group(1), key.group(2))) : Optional.empty();
    }

    /** The whole key, as shown once to the admin who creates it. */
    public String value() {
        return "cp_" + prefix + "_" + secret;
    }

    /** How the key is named where its secret must not appear. */
    public String displayName() {
        return displayName(prefix);
    }

    static String displayName(String prefix) {
        return "cp_" + prefix + "_…";
    }

    public String hash() {
        return HexFormat.of().formatHex(sha256(secret));
    }

    /** Whether this secret is the one a stored hash was made from; compared in constant time. */
    public boolean matches(String storedHash) {
        byte[] stored;
        try {
            stored = HexFormat.of().parseHex(storedHash);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(sha256(secret), stored);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Never the secret in a log line. */
    @Override
    public String toString() {
        return "ApiKeyToken[" + displayName() + "]";
    }
}
