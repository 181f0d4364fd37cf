package io.clientportal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void twelveCharactersOfAnyKindAreEnough() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("plain lower!"));
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("zażółć gęślą"));
    }

    @Test
    void elevenAreNot() {
        assertEquals(Optional.of("Use at least 12 characters."), PasswordPolicy.problemWith("abcdefghijk"));
        assertTrue(PasswordPolicy.problemWith(null).isPresent());
    }

    @Test
    void longPassphrasesAreWelcome() {
        assertEquals(Optional.empty(), PasswordPolicy.problemWith("correct horse battery staple ".repeat(8)));
        assertTrue(PasswordPolicy.problemWith("x".repeat(257)).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "123456789012", "qwertyuiop123", "correcthorsebatterystaple"})
    void commonPasswordsAreRefusedWhateverTheirCase(String common) {
        assertEquals(Optional.of("This password is too common. Choose another one."),
                PasswordPolicy.problemWith(common));
    }
}
