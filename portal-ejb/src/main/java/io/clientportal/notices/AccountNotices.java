package io.clientportal.notices;

import io.clientportal.identity.AccountLinkIssued;
import io.clientportal.identity.LinkPurpose;
import io.clientportal.identity.PasswordChanged;
import io.clientportal.identity.Role;
import io.clientportal.identity.UserAccount;
import io.clientportal.kernel.Formatting;
import io.clientportal.mail.Outbox;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantPersistence;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * Mails an account its links (an invitation, a password reset) and tells it when its password was changed. Runs in
 * the transaction that fired the event, so the mail is queued exactly when the change commits.
 */
@Stateless
public class AccountNotices {

    @Inject
    private TenantPersistence persistence;

    @Inject
    private Outbox outbox;

    public void onLinkIssued(@Observes AccountLinkIssued issued) {
        UserAccount account = issued.account();
        Tenant agency = persistence.tenant();
        Map<String, Object> model = recipient(account);
        model.put("link", issued.url());
        model.put("expires", Formatting.dateTime(issued.expiresAt(), agency.getTimeZone()));
        String name;
        if (issued.purpose() == LinkPurpose.PASSWORD_RESET) {
            name = "password-reset";
        } else if (account.getRole() == Role.CLIENT) {
            name = "invitation";
            model.put("client", account.getPortalClient().getName());
        } else {
            name = "admin-invitation";
        }
        send(account, NoticeTemplates.render(name, agency, model));
    }

    public void onPasswordChanged(@Observes PasswordChanged changed) {
        UserAccount account = changed.account();
        send(account, NoticeTemplates.render("password-changed", persistence.tenant(), recipient(account)));
    }

    private static Map<String, Object> recipient(UserAccount account) {
        Map<String, Object> model = new HashMap<>();
        model.put("name", account.getDisplayName());
        model.put("email", account.getEmail());
        return model;
    }

    private void send(UserAccount account, Notice notice) {
        outbox.enqueue(persistence.em(), account.getEmail(), notice.subject(), notice.text(), notice.html());
    }
}
