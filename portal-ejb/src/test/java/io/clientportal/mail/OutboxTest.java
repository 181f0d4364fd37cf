package io.clientportal.mail;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the outbox accepts, checked before anything is written. */
class OutboxTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final Outbox outbox = new Outbox(new TestClock(NOW));
    private final List<Object> persisted = new ArrayList<>();

    /** An EntityManager that only knows whether it is in a transaction and what was persisted with it. */
    private EntityManager entityManager(boolean inTransaction) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isJoinedToTransaction" -> inTransaction;
                    case "persist" -> {
                        persisted.add(args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private void enqueue(String to, String subject, String text) {
        outbox.enqueue(entityManager(true), to, subject, text);
    }

    @Test
    void persistsAPendingMessageThatIsDueAtOnce() {
        OutboxMessage message = outbox.enqueue(entityManager(true), " ava@globex.example ", "Your invitation",
                "Hello Ava,\n\nsign in at https://acme.example/invite/abc");

        assertEquals(List.of(message), persisted);
        assertAll(
                () -> assertEquals("ava@globex.example", message.getRecipient()),
                () -> assertEquals("Your invitation", message.getSubject()),
                () -> assertEquals("Hello Ava,\n\nsign in at https://acme.example/invite/abc", message.getBody()),
                () -> assertEquals(DeliveryState.PENDING, message.getState()),
                () -> assertEquals(0, message.getAttempts()),
                () -> assertEquals(NOW, message.getCreatedAt()),
                () -> assertTrue(message.isDue(NOW)));
    }

    @Test
    void refusesToWriteOutsideTheCallersTransaction() {
        EntityManager outside = entityManager(false);

        assertThrows(IllegalStateException.class, () -> outbox.enqueue(outside, "ava@globex.example", "Hi", "Text"));
        assertTrue(persisted.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not an address", "ava@", "ava@globex.example, ben@globex.example",
        "Ava Adams <ava@globex.example>", "ava@globex.example\r\nBcc: eve@evil.example"})
    void refusesAnythingButOneValidAddress(String to) {
        assertThrows(IllegalArgumentException.class, () -> enqueue(to, "Hi", "Text"));
        assertTrue(persisted.isEmpty());
    }

    @Test
    void refusesARecipientLongerThanItsColumn() {
        String local = "a".repeat(64);
        String longAddress = local + "@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + ".example";

        assertThrows(IllegalArgumentException.class, () -> enqueue(longAddress, "Hi", "Text"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Hi\r\nBcc: eve@evil.example", "Two\nlines"})
    void refusesASubjectThatIsBlankOrSpansLines(String subject) {
        assertThrows(IllegalArgumentException.class, () -> enqueue("ava@globex.example", subject, "Text"));
    }

    @Test
    void refusesPartsLongerThanTheOutboxKeeps() {
        String longSubject = "s".repeat(OutboxMessage.MAX_SUBJECT + 1);
        String longBody = "b".repeat(OutboxMessage.MAX_BODY + 1);

        assertThrows(IllegalArgumentException.class, () -> enqueue("ava@globex.example", longSubject, "Text"));
        assertThrows(IllegalArgumentException.class, () -> enqueue("ava@globex.example", "Hi", longBody));
        enqueue("ava@globex.example", "s".repeat(OutboxMessage.MAX_SUBJECT), "b".repeat(OutboxMessage.MAX_BODY));
        assertEquals(1, persisted.size());
    }
}
