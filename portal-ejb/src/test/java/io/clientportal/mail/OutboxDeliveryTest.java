package io.clientportal.mail;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clientportal.mail.OutboxDelivery.Outcome;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The delivery decisions on single messages, with a clock that only moves when the test says so. */
class OutboxDeliveryTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    /** Held so the level sticks: the failed attempts provoked here are expected. */
    private static final Logger DELIVERY_LOG = Logger.getLogger(OutboxDelivery.class.getName());

    private final TestClock clock = new TestClock(START);
    private final List<OutboxMessage> sent = new ArrayList<>();
    private final MailSender working = sent::add;
    private final MailSender down = message -> {
        throw new MessagingException("Couldn't connect to host, port: mail.example, 25");
    };

    @BeforeAll
    static void quietExpectedFailures() {
        DELIVERY_LOG.setLevel(Level.SEVERE);
    }

    private static OutboxMessage message(Instant createdAt) {
        return new OutboxMessage("ava@globex.example", "Your invitation", "Sign in at https://acme.example", null,
                createdAt);
    }

    /** Fails the message's attempts until one is left, moving the clock to each next attempt. */
    private void failUntilDue(OutboxDelivery delivery, OutboxMessage message, int attempts) {
        for (int i = 0; i < attempts; i++) {
            assertEquals(Outcome.RETRY_LATER, delivery.attempt(message));
            clock.advance(Duration.between(clock.instant(), message.getNextAttemptAt()));
        }
    }

    @Test
    void sendsADueMessageAndMarksItSentAtTheClocksTime() {
        OutboxMessage message = message(START);
        clock.advance(Duration.ofSeconds(3));

        Outcome outcome = new OutboxDelivery(clock, working).attempt(message);

        assertAll(
                () -> assertEquals(Outcome.SENT, outcome),
                () -> assertEquals(List.of(message), sent),
                () -> assertEquals(DeliveryState.SENT, message.getState()),
                () -> assertEquals(START.plusSeconds(3), message.getSentAt()),
                () -> assertEquals(1, message.getAttempts()),
                () -> assertNull(message.getNextAttemptAt()));
    }

    @Test
    void neverSendsASentMessageAgain() {
        OutboxDelivery delivery = new OutboxDelivery(clock, working);
        OutboxMessage message = message(START);
        delivery.attempt(message);
        clock.advance(Duration.ofDays(1));

        assertEquals(Outcome.SKIPPED, delivery.attempt(message));
        assertEquals(1, sent.size());
    }

    @Test
    void leavesAMessageAloneUntilItIsDue() {
        OutboxMessage message = message(START.plusSeconds(1));

        assertEquals(Outcome.SKIPPED, new OutboxDelivery(clock, working).attempt(message));
        assertTrue(sent.isEmpty());
        assertEquals(DeliveryState.PENDING, message.getState());
        assertEquals(0, message.getAttempts());
    }

    @Test
    void afterAFailedAttemptWaitsThirtySecondsAndKeepsTheError() {
        OutboxMessage message = message(START);
        OutboxDelivery delivery = new OutboxDelivery(clock, down);

        assertEquals(Outcome.RETRY_LATER, delivery.attempt(message));
        assertAll(
                () -> assertEquals(DeliveryState.PENDING, message.getState()),
                () -> assertEquals(1, message.getAttempts()),
                () -> assertEquals(START.plusSeconds(30), message.getNextAttemptAt()),
                () -> assertTrue(message.getLastError().contains("Couldn't connect to host"), message.getLastError()));

        clock.advance(Duration.ofSeconds(29));
        assertEquals(Outcome.SKIPPED, delivery.attempt(message), "still waiting");
        assertEquals(1, message.getAttempts());
    }

    @Test
    void backsOffExponentiallyWhileTheServerStaysDown() {
        OutboxMessage message = message(START);
        OutboxDelivery delivery = new OutboxDelivery(clock, down);
        List<Duration> waits = new ArrayList<>();

        for (int i = 0; i < 9; i++) {
            delivery.attempt(message);
            waits.add(Duration.between(clock.instant(), message.getNextAttemptAt()));
            clock.advance(waits.get(i));
        }

        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32),
                Duration.ofHours(1), Duration.ofHours(1)), waits);
    }

    @Test
    void sendsOnTheFirstAttemptAfterTheServerIsBack() {
        OutboxMessage message = message(START);
        failUntilDue(new OutboxDelivery(clock, down), message, 3);

        assertEquals(Outcome.SENT, new OutboxDelivery(clock, working).attempt(message));
        assertEquals(4, message.getAttempts());
        assertEquals(DeliveryState.SENT, message.getState());
        assertTrue(message.getLastError().contains("Couldn't connect"), "the trouble stays visible to admins");
    }

    @Test
    void givesUpWhenTheLastAttemptFails() {
        RetryPolicy threeAttempts = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 3);
        OutboxDelivery delivery = new OutboxDelivery(clock, down, threeAttempts);
        OutboxMessage message = message(START);
        failUntilDue(delivery, message, 2);

        assertEquals(Outcome.FAILED, delivery.attempt(message));
        assertAll(
                () -> assertEquals(DeliveryState.FAILED, message.getState()),
                () -> assertEquals(3, message.getAttempts()),
                () -> assertNull(message.getNextAttemptAt()),
                () -> assertNull(message.getSentAt()));

        clock.advance(Duration.ofDays(30));
        assertEquals(Outcome.SKIPPED, new OutboxDelivery(clock, working).attempt(message), "FAILED is final");
    }

    @Test
    void recordsABugInTheSenderAsAFailedAttempt() {
        OutboxMessage message = message(START);
        MailSender broken = m -> {
            throw new IllegalStateException("template missing");
        };

        assertEquals(Outcome.RETRY_LATER, new OutboxDelivery(clock, broken).attempt(message));
        assertTrue(message.getLastError().contains("template missing"), message.getLastError());
    }

    @Test
    void keepsTheErrorWithinItsColumnAndOnOneLine() {
        OutboxMessage message = message(START);
        MailSender verbose = m -> {
            throw new MessagingException("line one\nline two " + "x".repeat(5000));
        };

        new OutboxDelivery(clock, verbose).attempt(message);

        assertEquals(OutboxMessage.MAX_ERROR, message.getLastError().length());
        assertTrue(message.getLastError().startsWith("jakarta.mail.MessagingException: line one line two"),
                message.getLastError());
    }
}
