package io.clientportal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.tenancy.TenantScope;
import jakarta.ejb.Asynchronous;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * How a reset request is shaped. Timing is not measured (that would be a flaky test); instead this holds the structure
 * that makes a known and an unknown email cost the asking request the same: the account is looked up, and the link
 * issued and queued, only after the request has its answer. That the mail still arrives, and the page reads the same,
 * is {@code InvitationIT.forgotPasswordAnswersAlikeAndMailsOnlyRealAccounts}.
 */
class AccountLinksTest {

    @Test
    void aResetIsLookedUpAfterTheAnswerSoKnownAndUnknownEmailsCostTheRequestAlike() throws Exception {
        Method requestReset = AccountLinks.class.getMethod("requestReset", TenantScope.class, String.class,
                String.class);
        assertTrue(requestReset.isAnnotationPresent(Asynchronous.class)
                        || AccountLinks.class.isAnnotationPresent(Asynchronous.class),
                "the asking request waits for the lookup, and a known email takes it longer");
        assertEquals(void.class, requestReset.getReturnType(), "a result to wait for would tell the request");
    }
}
