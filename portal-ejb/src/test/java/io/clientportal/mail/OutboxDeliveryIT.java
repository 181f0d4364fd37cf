package io.clientportal.mail;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.clientportal.mail.OutboxDelivery.Outcome;
import io.clientportal.tenancy.Tenant;
import io.clientportal.tenancy.TenantKind;
import io.clientportal.tenancy.TenantScope;
import io.clientportal.testing.TestDatabase;
import io.clientportal.testing.TestPersistence;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The outbox on PostgreSQL with a real SMTP server (GreenMail): what is enqueued in a committed transaction arrives
 * exactly once, an outage delays mail without losing it, and a tenant sees and delivers only its own messages.
 */
class OutboxDeliveryIT {

    /** When the test's records were created: any fixed instant, no test reads the real time. */
    private static final Instant CREATED = Instant.parse("2026-01-01T09:00:00Z");

    private static final int SMTP_PORT = freePort();
    private static final String FROM = "portal@agency.example";
    /** Held so the level sticks: the failed attempts provoked here are expected. */
    private static final Logger DELIVERY_LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static TestPersistence persistence;
    private static int tenantCount;

    /** Nanoseconds on purpose: the databases keep microseconds, and round rather than cut. */
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00.123456789Z"));
    private final Outbox outbox = new Outbox(clock);
    private final OutboxDelivery delivery = new OutboxDelivery(clock, SmtpMailSender.anonymous(session()));
    private TenantScope agencyA;
    private TenantScope agencyB;

    @BeforeAll
    static void createDatabase() {
        DELIVERY_LOG.setLevel(Level.SEVERE);
        persistence = TestPersistence.on(TestDatabase.recreate("portal_it_mail").dataSource());
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    /** Tenants of each test's own, so no test delivers another's messages. */
    @BeforeEach
    void createTenants() {
        agencyA = createTenant();
        agencyB = createTenant();
    }

    private static TenantScope createTenant() {
        String subdomain = "mail" + (++tenantCount);
        return persistence.inTransaction(persistence.unscoped(), em -> {
            Tenant tenant = new Tenant(TenantKind.AGENCY, subdomain, "Agency " + subdomain,
                    "http://" + subdomain + ".localhost:8080", ZoneId.of("Europe/Warsaw"), Currency.getInstance("EUR"),
                    CREATED);
            em.persist(tenant);
            em.flush();
            return tenant.scope();
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The session the container would give, pointed at GreenMail, with short timeouts. */
    private static Session session() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(SMTP_PORT));
        properties.put("mail.from", FROM);
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        return Session.getInstance(properties);
    }

    /** What the timer's container transactions do, on EntityManagers of the test's own. */
    private <T> T inNewTransaction(TenantScope tenant, Function<EntityManager, T> work) {
        return persistence.inTransaction(persistence.scoped(tenant), work);
    }

    private List<Outcome> deliverDue() {
        return delivery.deliverDue(List.of(agencyA, agencyB), this::inNewTransaction);
    }

    /** Enqueues one message in a committed transaction of the tenant's, as a feature would with its change. */
    private long enqueue(TenantScope tenant, String to, String subject, String text) {
        return inNewTransaction(tenant, em -> {
            OutboxMessage message = outbox.enqueue(em, to, subject, text);
            em.flush();
            return message.getId();
        });
    }

    private long enqueueInvitation(TenantScope tenant) {
        return enqueue(tenant, "ava@globex.example", "You are invited", "Sign in at http://acme.localhost/invite");
    }

    private OutboxMessage reload(TenantScope tenant, long id) {
        return inNewTransaction(tenant, em -> em.find(OutboxMessage.class, id));
    }

    /** The clock's instant as the database keeps it. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Test
    void deliversAnEnqueuedMessageToTheSmtpServerOnce() throws Exception {
        String body = "Hello Zoë,\n\nyou are invited to the portal: http://acme.localhost:8080/invite/abc123";
        long id = enqueue(agencyA, "zoe@globex.example", "Your invitation to Acme's portal", body);
        clock.advance(Duration.ofSeconds(5));

        assertEquals(List.of(Outcome.SENT), deliverDue());

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage mail = received[0];
        OutboxMessage sent = reload(agencyA, id);
        assertAll(
                () -> assertEquals(List.of(new InternetAddress("zoe@globex.example")),
                        List.of(mail.getRecipients(RecipientType.TO))),
                () -> assertEquals(new InternetAddress(FROM), mail.getFrom()[0]),
                () -> assertEquals("Your invitation to Acme's portal", mail.getSubject()),
                () -> assertEquals(body, ((String) mail.getContent()).replace("\r\n", "\n")),
                () -> assertEquals("<outbox." + id + "." + sent.getCreatedAt().toEpochMilli() + "@agency.example>",
                        mail.getMessageID()),
                () -> assertEquals(DeliveryState.SENT, sent.getState()),
                () -> assertEquals(1, sent.getAttempts()),
                () -> assertEquals(now(), sent.getSentAt()),
                () -> assertNull(sent.getNextAttemptAt()));

        clock.advance(Duration.ofDays(1));
        assertEquals(List.of(), deliverDue(), "nothing is due any more");
        assertEquals(1, SMTP.getReceivedMessages().length);
    }

    @Test
    void aMessageWithAnHtmlPartGoesOutAsTextAndHtmlAlternatives() throws Exception {
        String html = "<p>Hello Zoë, <a href=\"http://acme.localhost:8080/invite/abc123\">join</a></p>";
        long id = inNewTransaction(agencyA, em -> {
            OutboxMessage message = outbox.enqueue(em, "zoe@globex.example", "You are invited",
                    "Hello Zoë, join: http://acme.localhost:8080/invite/abc123", html);
            em.flush();
            return message.getId();
        });

        assertEquals(List.of(Outcome.SENT), deliverDue());

        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"), "text first, the preferred HTML last");
        assertEquals("Hello Zoë, join: http://acme.localhost:8080/invite/abc123", parts.getBodyPart(0).getContent());
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertEquals(html, parts.getBodyPart(1).getContent());
        assertEquals(html, reload(agencyA, id).getHtml().orElseThrow(), "a retry would send the same HTML");
    }

    @Test
    void aMessageIsDueTheMomentItIsEnqueued() {
        enqueueInvitation(agencyA);

        assertEquals(List.of(Outcome.SENT), deliverDue());
    }

    @Test
    void aRolledBackChangeSendsNothing() {
        EntityManager em = persistence.scoped(agencyA);
        em.getTransaction().begin();
        outbox.enqueue(em, "ava@globex.example", "You are invited", "This change is rolled back");
        em.flush();
        em.getTransaction().rollback();
        em.close();

        assertEquals(List.of(), deliverDue());
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void anSmtpOutageDelaysTheMessageAndLosesNothing() {
        SMTP.stop();
        long id = enqueueInvitation(agencyA);

        assertEquals(List.of(Outcome.RETRY_LATER), deliverDue());
        OutboxMessage waiting = reload(agencyA, id);
        assertAll(
                () -> assertEquals(DeliveryState.PENDING, waiting.getState()),
                () -> assertEquals(1, waiting.getAttempts()),
                () -> assertEquals(now().plusSeconds(30), waiting.getNextAttemptAt()),
                () -> assertTrue(waiting.getLastError().contains("connect"), waiting.getLastError()));

        SMTP.start();
        assertEquals(List.of(), deliverDue(), "the backoff holds even when the server is back");
        assertEquals(0, SMTP.getReceivedMessages().length);

        clock.advance(Duration.ofSeconds(31));
        assertEquals(List.of(Outcome.SENT), deliverDue());
        assertEquals(List.of(), deliverDue());

        assertEquals(1, SMTP.getReceivedMessages().length);
        OutboxMessage sent = reload(agencyA, id);
        assertEquals(DeliveryState.SENT, sent.getState());
        assertEquals(2, sent.getAttempts());
    }

    @Test
    void anOutageEndsTheRoundAtTheFirstFailedAttempt() {
        SMTP.stop();
        long first = enqueueInvitation(agencyA);
        clock.advance(Duration.ofSeconds(1));
        long second = enqueueInvitation(agencyA);
        long third = enqueueInvitation(agencyB);

        assertEquals(List.of(Outcome.RETRY_LATER), deliverDue());

        assertEquals(1, reload(agencyA, first).getAttempts());
        assertEquals(0, reload(agencyA, second).getAttempts(), "untried, so its attempts are kept");
        assertEquals(0, reload(agencyB, third).getAttempts());
    }

    @Test
    void givesUpAfterTheLastAttemptAndSaysWhy() {
        OutboxDelivery twoAttempts = new OutboxDelivery(clock, SmtpMailSender.anonymous(session()),
                new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 2));
        SMTP.stop();
        long id = enqueueInvitation(agencyA);

        assertEquals(List.of(Outcome.RETRY_LATER), twoAttempts.deliverDue(List.of(agencyA), this::inNewTransaction));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of(Outcome.FAILED), twoAttempts.deliverDue(List.of(agencyA), this::inNewTransaction));

        OutboxMessage failed = reload(agencyA, id);
        assertEquals(DeliveryState.FAILED, failed.getState());
        assertNull(failed.getNextAttemptAt());
        assertTrue(failed.getLastError().contains("connect"), failed.getLastError());

        SMTP.start();
        clock.advance(Duration.ofDays(1));
        assertEquals(List.of(), twoAttempts.deliverDue(List.of(agencyA), this::inNewTransaction));
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void twoNodesDeliveringAtOnceSendTheMessageOnce() throws Exception {
        long id = enqueueInvitation(agencyA);
        CountDownLatch firstIsSending = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger sends = new AtomicInteger();
        MailSender smtp = SmtpMailSender.anonymous(session());
        // Holds the first sender mid-send, with the row locked, while the second node tries the same message.
        MailSender slow = message -> {
            sends.incrementAndGet();
            firstIsSending.countDown();
            try {
                releaseFirst.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            smtp.send(message);
        };
        OutboxDelivery nodeOne = new OutboxDelivery(clock, slow);
        OutboxDelivery nodeTwo = new OutboxDelivery(clock, slow);

        CompletableFuture<Outcome> one = CompletableFuture.supplyAsync(
                () -> inNewTransaction(agencyA, em -> nodeOne.deliver(em, id)));
        assertTrue(firstIsSending.await(10, TimeUnit.SECONDS));
        CompletableFuture<Outcome> two = CompletableFuture.supplyAsync(
                () -> inNewTransaction(agencyA, em -> nodeTwo.deliver(em, id)));
        Thread.sleep(500);
        assertFalse(two.isDone(), "the second node waits for the row lock");
        releaseFirst.countDown();

        assertEquals(Outcome.SENT, one.get(10, TimeUnit.SECONDS));
        assertEquals(Outcome.SKIPPED, two.get(10, TimeUnit.SECONDS));
        assertEquals(1, sends.get());
        assertEquals(1, SMTP.getReceivedMessages().length);
    }

    @Test
    void aTenantNeitherSeesNorDeliversAnotherTenantsMail() {
        long id = enqueueInvitation(agencyA);

        inNewTransaction(agencyB, em -> {
            assertNull(em.find(OutboxMessage.class, id));
            assertEquals(List.of(), delivery.dueMessageIds(em, 10));
            assertEquals(List.of(), outbox.latest(em, 10));
            assertEquals(Outcome.SKIPPED, delivery.deliver(em, id));
            return null;
        });
        assertEquals(List.of(), delivery.deliverDue(List.of(agencyB), this::inNewTransaction));
        assertEquals(0, SMTP.getReceivedMessages().length);

        List<OutboxMessage> latestOfA = inNewTransaction(agencyA, em -> outbox.latest(em, 10));
        assertEquals(List.of(id), latestOfA.stream().map(OutboxMessage::getId).toList());
        assertEquals(DeliveryState.PENDING, latestOfA.get(0).getState());
        assertEquals(List.of(Outcome.SENT), delivery.deliverDue(List.of(agencyA), this::inNewTransaction));
    }
}
