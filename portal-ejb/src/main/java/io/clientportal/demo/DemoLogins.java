package io.clientportal.demo;

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

    private DemoLogins() {
    }

    static String describe() {
        StringBuilder text = new StringBuilder("Demo logins (password ").append(PASSWORD).append("):");
        for (Login login : ALL) {
            text.append(System.lineSeparator()).append(String.format("  %-28s %-10s %s", login.email(),
                    login.host(), login.role()));
        }
        return text.toString();
    }
}
