package io.clientportal.web.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SubdomainsTest {

    @ParameterizedTest
    @CsvSource({
        "acme.localhost, acme",
        "acme.localhost:8080, acme",
        "ACME.Portal.Example.com, acme",
        "umbrella-studio.portal.example.com:443, umbrella-studio",
        "a1.localhost, a1"
    })
    void theFirstLabelNamesTheTenant(String host, String subdomain) {
        assertEquals(Optional.of(subdomain), Subdomains.of(host));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"localhost", "localhost:8080", "127.0.0.1", "127.0.0.1:8080", "[::1]:8080",
        "-acme.localhost", "acme-.localhost", "ac_me.localhost", ".localhost", "acme..localhost:80x",
        "%61cme.localhost", "acme.localhost\r\nX: y"})
    void noTenantWithoutAValidSubdomain(String host) {
        assertEquals(Optional.empty(), Subdomains.of(host));
    }
}
