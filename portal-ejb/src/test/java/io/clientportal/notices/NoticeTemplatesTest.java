package io.clientportal.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Notices as their templates write them: the same words in both parts, the agency's brand in the HTML one. */
class NoticeTemplatesTest {

    private static final Map<String, Object> RESET = Map.of("name", "Ava <Admin>", "email", "ava@globex.example",
            "link", "http://acme.localhost/set-password.xhtml?token=abc&x=1", "expires", "Mar 31, 2026, 9:00 AM");

    @Test
    void theTextPartIsTheMailAsItWasWritten() {
        Notice notice = NoticeTemplates.render("password-reset", agency("#aa3300"), RESET);

        assertEquals("Reset your password for Acme & Co", notice.subject());
        assertEquals("Hello Ava <Admin>,\n\nSomeone asked to reset the password of ava@globex.example at Acme & Co. "
                + "If it was you, choose a new password here (the link works once and until Mar 31, 2026, 9:00 AM):\n"
                + "http://acme.localhost/set-password.xhtml?token=abc&x=1\n\n"
                + "If it was not you, ignore this email: your password stays as it is.\n", notice.text());
    }

    @Test
    void theHtmlPartCarriesTheAgencysNameAndColourAndEscapesEveryValue() {
        String html = NoticeTemplates.render("password-reset", agency("#aa3300"), RESET).html();

        assertTrue(html.contains(">Acme &amp; Co</td>"), html);
        assertTrue(html.contains("border-top:4px solid #aa3300"), html);
        assertTrue(html.contains("Hello Ava &lt;Admin&gt;,"), html);
        assertTrue(html.contains("href=\"http://acme.localhost/set-password.xhtml?token=abc&amp;x=1\""), html);
        assertFalse(html.contains("<Admin>"), html);
    }

    @Test
    void anAgencyWithoutABrandColourGetsThePortalsOwn() {
        String html = NoticeTemplates.render("password-changed", agency(null),
                Map.of("name", "Ava", "email", "ava@globex.example")).html();
        assertTrue(html.contains("color:" + NoticeTemplates.DEFAULT_COLOUR), html);
    }

    @Test
    void aTemplateThatNamesAMissingValueFailsInsteadOfMailingHalfASentence() {
        assertThrows(IllegalStateException.class,
                () -> NoticeTemplates.render("password-changed", agency(null), Map.of("name", "Ava")));
    }

    private static Tenant agency(String colour) {
        Tenant tenant = new Tenant(TenantKind.AGENCY, "acme", "Acme & Co", "http://acme.localhost",
                ZoneId.of("UTC"), Currency.getInstance("USD"), Instant.EPOCH);
        tenant.setBranding(null, null, colour);
        return tenant;
    }
}
