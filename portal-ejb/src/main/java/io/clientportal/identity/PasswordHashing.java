package io.clientportal.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA512 at 210,000 iterations (OWASP's figure), not Jakarta
 * Security's default of 2,048.
 */
@ApplicationScoped
public class PasswordHashing {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    /** How a hash made with the current parameters starts; anything else is rehashed at the next sign-in. */
    static final String CURRENT_PREFIX = "PBKDF2WithHmacSHA512:210000:";

    @Inject
    private Pbkdf2PasswordHash hash;

    /** Verified when an account has no hash (unknown, or invited and not yet set), so that takes as long. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
        decoy = hash.generate("decoy password for unknown accounts".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        boolean matches = hash.verify(password.toCharArray(), storedHash == null ? decoy : storedHash);
        return storedHash != null && matches;
    }

    public boolean needsRehash(String storedHash) {
        return !storedHash.startsWith(CURRENT_PREFIX);
    }
}
