package com.example.shop.notifications;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Queues notifications with a per-recipient rate limit, and retries failed sends. */
public final class Outbox {

    /** Something that delivers a notification; returns false on a transient failure. */
    public interface Sender {
        boolean send(Notification notification);
    }

    private final int maxPerRecipient;
    private final int maxAttempts;
    private final Deque<Notification> queue = new ArrayDeque<>();
    private final Map<String, Integer> sentPerRecipient = new HashMap<>();
    private final List<Notification> dead = new ArrayList<>();

    public Outbox(int maxPerRecipient, int maxAttempts) {
        this.maxPerRecipient = maxPerRecipient;
        this.maxAttempts = maxAttempts;
    }

    public void enqueue(Notification n) {
        queue.addLast(n);
    }

    /** Drains the queue; returns how many were delivered. */
    public int flush(Sender sender) {
        int delivered = 0;
        while (!queue.isEmpty()) {
            Notification n = queue.removeFirst();
            int count = sentPerRecipient.getOrDefault(n.recipient(), 0);
            if (count >= maxPerRecipient) {
                dead.add(n);
                continue;
            }
            boolean ok = false;
            for (int attempt = 0; attempt < maxAttempts && !ok; attempt++) {
                ok = sender.send(n);
            }
            if (ok) {
                sentPerRecipient.merge(n.recipient(), 1, Integer::sum);
                delivered++;
            } else {
                dead.add(n);
            }
        }
        return delivered;
    }

    public List<Notification> deadLetters() {
        return List.copyOf(dead);
    }

    public int pending() {
        return queue.size();
    }
}
