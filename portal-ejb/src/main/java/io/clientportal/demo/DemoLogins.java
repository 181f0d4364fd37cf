package io.clientportal.demo;

import io.clientportal.apikeys.ApiKeyToken;
import java.util.List;

/** The demo accounts, in one place for the data and for the start-up message. */
final class DemoLogins {

    static final String PASSWORD = "demo-password-123";

    record Login(String host, String email, String role) {
    }

    static final List<Login> ALL = List.of(
            new Login("acme", "ava@globex.example", "contact of Globex"),
            new Login("acme", "ben@globex.example", "contact of Globex"),
            new Login("acme", "cara@initech.example", "contact of Initech"),
            new Login("acme", "admin@acme.example", "agency admin"),
            new Login("acme", "sam@acme.example", "agency staff"),
            new Login("umbrella", "dan@umbrella-client.example", "contact of Raccoon Logistics"),
            new Login("platform", "root@platform.example", "platform super-admin"));

    /**
     * Acme's demo key of the integration API. Known to everyone who reads the README, so it exists only in demo data,
     * which is only ever written into an empty database.
     */
    static final ApiKeyToken ACME_API_KEY = new ApiKeyToken("demoacme", "DemoKeyOfTheReadmeExamplesNeverUseItForReal");

    private DemoLogins() {
    }

    static String describe() {
        StringBuilder text = new StringBuilder("Demo logins (password ").append(PASSWORD).append("):");
        for (Login login : ALL) {
            text.append(System.lineSeparator()).append(String.format("  %-28s %-10s %s", login.email(),
                    login.host(), login.role()));
        }
        text.append(System.lineSeparator()).append("Demo API key of acme (README, Integration API): ")
                .append(ACME_API_KEY.value());
        return text.toString();
    }
}
