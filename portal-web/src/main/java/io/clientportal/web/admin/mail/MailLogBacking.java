package io.clientportal.web.admin.mail;

import io.clientportal.identity.AccountIdentity;
import io.clientportal.mail.OutboxLog;
import io.clientportal.mail.OutboxMessage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The latest outgoing messages of the admin's agency. */
@Named
@RequestScoped
public class MailLogBacking {

    private static final int SHOWN = 200;

    @EJB
    private OutboxLog outbox;

    @Inject
    private AccountIdentity signedIn;

    public List<OutboxMessage> getMessages() {
        return outbox.latest(SHOWN);
    }
}
