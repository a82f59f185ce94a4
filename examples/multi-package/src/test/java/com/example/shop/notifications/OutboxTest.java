package com.example.shop.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.shop.Slow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxTest {

    private final List<Notification> sent = new ArrayList<>();

    @BeforeAll
    static void connectToSmtpRelay() {
        Slow.sleepMillis(530);
    }

    @BeforeEach
    void setUp() {
        Slow.sleepMillis(75);
        sent.clear();
    }

    private static Notification n(String to) {
        return new Notification(to, "s", "b");
    }

    @Test
    void deliversInOrder() {
        Outbox outbox = new Outbox(10, 1);
        outbox.enqueue(n("a"));
        outbox.enqueue(n("b"));
        assertEquals(2, outbox.flush(x -> sent.add(x)));
        assertEquals(List.of("a", "b"), sent.stream().map(Notification::recipient).toList());
        assertEquals(0, outbox.pending());
    }

    @Test
    void rateLimitsPerRecipient() {
        Outbox outbox = new Outbox(2, 1);
        for (int i = 0; i < 3; i++) {
            outbox.enqueue(n("a"));
        }
        outbox.enqueue(n("b"));
        assertEquals(3, outbox.flush(x -> sent.add(x)));
        assertEquals(1, outbox.deadLetters().size());
    }

    @Test
    void retriesTransientFailures() {
        Outbox outbox = new Outbox(10, 3);
        outbox.enqueue(n("a"));
        int[] calls = {0};
        assertEquals(1, outbox.flush(x -> ++calls[0] == 3));
        assertEquals(3, calls[0]);
    }

    @Test
    void givesUpAfterMaxAttempts() {
        Outbox outbox = new Outbox(10, 2);
        outbox.enqueue(n("a"));
        int[] calls = {0};
        assertEquals(0, outbox.flush(x -> ++calls[0] > 5));
        assertEquals(2, calls[0]);
        assertEquals(List.of(n("a")), outbox.deadLetters());
    }

    @Test
    void notificationParsesSubjectPrefix() {
        Notification x = Notification.fromRendered("to", "Subject:  Hello \n\n body \n");
        assertEquals("Hello", x.subject());
        assertEquals("body", x.body());
    }

    @Test
    void notificationWithoutBody() {
        Notification x = Notification.fromRendered("to", " Just a subject ");
        assertEquals("Just a subject", x.subject());
        assertEquals("", x.body());
    }
}
