package io.clientportal.mail;

import io.clientportal.tenancy.TenantKind;
import io.clientportal.tenancy.TenantPersistence;
import io.clientportal.tenancy.TenantScope;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MailSessionDefinition;
import jakarta.mail.Session;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The timer that delivers the outbox every ten seconds, and the mail session it sends with. The session is declared
 * by the application itself from {@link MailSettings}, so neither Payara Micro nor Payara Server needs a mail
 * resource set up; Payara resolves the {@code ${MPCONFIG=...}} attributes when it creates the session.
 */
@MailSessionDefinition(
        name = MailDelivery.MAIL_SESSION,
        transportProtocol = "smtp",
        host = "${MPCONFIG=" + MailSettings.HOST + "}",
        from = "${MPCONFIG=" + MailSettings.FROM + "}",
        properties = {
                "mail.smtp.port=${MPCONFIG=" + MailSettings.PORT + "}",
                "mail.smtp.ssl.enable=${MPCONFIG=" + MailSettings.SSL + "}",
                "mail.smtp.auth=${MPCONFIG=" + MailSettings.AUTH + "}",
                // TLS whenever the server offers it; required when signing in, so a password never goes out plain.
                "mail.smtp.starttls.enable=true",
                "mail.smtp.starttls.required=${MPCONFIG=" + MailSettings.AUTH + "}",
                "mail.smtp.ssl.checkserveridentity=true",
                // Jakarta Mail waits forever by default: a hung server would stall every round.
                "mail.smtp.connectiontimeout=10000",
                "mail.smtp.timeout=10000",
                "mail.smtp.writetimeout=10000",
                // Payara turns the protocol trace on for declared sessions; it would log every message and login.
                "mail.debug=false"
        })
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    public static final String MAIL_SESSION = "java:app/mail/portal";

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource(lookup = MAIL_SESSION)
    private Session session;

    @Inject
    @ConfigProperty(name = MailSettings.DELIVERY, defaultValue = MailSettings.LOG)
    String delivery;

    @Inject
    @ConfigProperty(name = MailSettings.USER)
    Optional<String> user;

    @Inject
    @ConfigProperty(name = MailSettings.PASSWORD)
    Optional<String> password;

    @EJB
    TenantTransactions transactions;

    @Inject
    Clock clock;

    /** Unscoped: reads tenants only, which are not tenant-owned. */
    @Inject
    private TenantPersistence persistence;

    private OutboxDelivery outbox;

    @PostConstruct
    void start() {
        outbox = new OutboxDelivery(clock, sender());
    }

    private MailSender sender() {
        if (!MailSettings.SMTP.equals(delivery)) {
            LOG.info("No PORTAL_SMTP_HOST set: mail is written to this log instead of sent");
            return new LoggingMailSender();
        }
        LOG.info(() -> "Mail goes out through " + session.getProperty("mail.host") + ":"
                + session.getProperty("mail.smtp.port") + " from " + session.getProperty("mail.from")
                + user.map(name -> ", signed in as " + name).orElse(""));
        return user.map(name -> SmtpMailSender.signingIn(session, name, password.orElse("")))
                .orElseGet(() -> SmtpMailSender.anonymous(session));
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void deliverDue() {
        try {
            outbox.deliverDue(tenants(), transactions);
        } catch (RuntimeException e) {
            // The database is away, most likely. Caught so the container does not replay the round on its own:
            // the next one comes in ten seconds anyway.
            LOG.log(Level.WARNING, "Mail delivery round failed; the next round tries again", e);
        }
    }

    private List<TenantScope> tenants() {
        return persistence.unscoped()
                .createQuery("select t.id from Tenant t where t.kind in :kinds order by t.id", Long.class)
                .setParameter("kinds", List.of(TenantKind.AGENCY, TenantKind.PLATFORM))
                .getResultStream()
                .map(TenantScope::new)
                .toList();
    }
}
