package io.clientportal.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAccessTokenTest {

    @Test
    void isFortyThreeUrlSafeCharacters() {
        String value = PublicAccessToken.random().value();

        assertTrue(value.matches("[A-Za-z0-9_-]{43}"), value);
    }

    @Test
    void carriesAtLeast256RandomBits() {
        byte[] bits = Base64.getUrlDecoder().decode(PublicAccessToken.random().value());

        assertTrue(bits.length * 8 >= 256, bits.length + " bytes");
    }

    @Test
    void neverRepeatsItself() {
        Set<String> values = Stream.generate(PublicAccessToken::random).limit(1000)
                .map(PublicAccessToken::value).collect(Collectors.toSet());

        assertEquals(1000, values.size());
    }

    @Test
    void doesNotRevealItsValueWhenPrinted() {
        PublicAccessToken token = PublicAccessToken.random();

        assertFalse(token.toString().contains(token.value()), token.toString());
        assertFalse(token.toString().contains(token.value().substring(0, 8)), token.toString());
    }

    @Test
    void isReadBackFromItsStoredText() {
        PublicAccessToken token = PublicAccessToken.random();

        assertEquals(token, new PublicAccessToken(token.value()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",     // 42 characters
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",   // 44 characters
            "has+plus/and/slash/aaaaaaaaaaaaaaaaaaaaaaaa",    // 43, but not URL-safe
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa="})   // 43, padded
    void rejectsTextThatIsNotAToken(String text) {
        assertThrows(IllegalArgumentException.class, () -> new PublicAccessToken(text));
    }
}
