package io.clientportal.apikeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyTokenTest {

    @Test
    void aRandomKeyParsesBackToItselfAndMatchesOnlyItsOwnHash() {
        ApiKeyToken key = ApiKeyToken.random();
        assertTrue(key.value().matches("cp_[a-z0-9]{8}_[A-Za-z0-9_-]{43}"), key.value());
        assertEquals(Optional.of(key), ApiKeyToken.parse(key.value()));
        assertTrue(key.matches(key.hash()));
        ApiKeyToken other = ApiKeyToken.random();
        assertNotEquals(key.prefix(), other.prefix());
        assertFalse(other.matches(key.hash()));
    }

    @Test
    void anAlteredSecretDoesNotMatch() {
        ApiKeyToken key = ApiKeyToken.random();
        ApiKeyToken tampered = new ApiKeyToken(key.prefix(), key.secret().substring(1) + "A");
        assertFalse(tampered.matches(key.hash()));
    }

    @Test
    void theHashIsSha256OfTheSecretAndNeverShowsIt() {
        ApiKeyToken key = ApiKeyToken.random();
        assertTrue(key.hash().matches("[0-9a-f]{64}"));
        assertFalse(key.hash().contains(key.secret()));
        assertFalse(key.toString().contains(key.secret()));
        assertEquals("cp_" + key.prefix() + "_…", key.displayName());
    }

    @Test
    void aBrokenStoredHashMatchesNothing() {
        assertFalse(ApiKeyToken.random().matches("not hex"));
        assertFalse(ApiKeyToken.random().matches(""));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Bearer", "cp_", "cp_ABCDEFGH_DemoKeyOfTheReadmeExamplesNeverUseItForReal",
            "cp_demoacme_DemoKeyOfTheReadmeExamplesNeverUseItForRea",
            "cp_demoacme_DemoKeyOfTheReadmeExamplesNeverUseItForReal1",
            "xx_demoacme_DemoKeyOfTheReadmeExamplesNeverUseItForReal",
            "cp_demoacme_DemoKeyOfTheReadmeExamplesNeverUseItForRea!",
            "cp_demoacme DemoKeyOfTheReadmeExamplesNeverUseItForReal"})
    void anythingNotShapedLikeAKeyParsesToNothing(String text) {
        assertEquals(Optional.empty(), ApiKeyToken.parse(text));
    }

    @Test
    void surroundingSpaceIsForgiven() {
        assertTrue(ApiKeyToken.parse(" cp_demoacme_DemoKeyOfTheReadmeExamplesNeverUseItForReal ").isPresent());
    }

    @Test
    void aRevokedKeyAcceptsNothingAndKeepsItsFirstRevocation() {
        ApiKeyToken token = ApiKeyToken.random();
        ApiKey key = new ApiKey("CRM", token, "admin@acme.example", Instant.EPOCH);
        assertTrue(key.accepts(token));
        Instant first = Instant.parse("2026-01-01T00:00:00Z");
        key.revoke(first);
        key.revoke(first.plusSeconds(60));
        assertFalse(key.accepts(token));
        assertEquals(first, key.getRevokedAt());
    }

    @Test
    void lastUseIsRecordedAtMostOncePerMinute() {
        ApiKey key = new ApiKey("CRM", ApiKeyToken.random(), "admin@acme.example", Instant.EPOCH);
        Instant first = Instant.parse("2026-01-01T00:00:00Z");
        key.usedAt(first);
        key.usedAt(first.plusSeconds(30));
        assertEquals(first, key.getLastUsedAt());
        key.usedAt(first.plusSeconds(61));
        assertEquals(first.plusSeconds(61), key.getLastUsedAt());
    }

    @Test
    void aKeyIsRefusedWhenItIsNotShapedLikeOne() {
        assertThrows(IllegalArgumentException.class, () -> new ApiKeyToken("short", "secret"));
    }
}
