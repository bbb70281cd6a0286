package dev.paybridge.moyasar.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Faults for the next webhook deliveries (one event to one webhook; retries are not counted): drop them, send them
 * twice, delay them, or hold a batch and send it in reverse order. Invoice callbacks are not affected.
 */
public final class WebhookFaults {

    private int drops;
    private int duplicates;
    private int delays;
    private Duration delay = Duration.ZERO;
    private int reorders;
    private final List<OutgoingDelivery> held = new ArrayList<>();
    private DeliveryRoute heldRoute;

    WebhookFaults() {
    }

    /** The next {@code count} deliveries are never sent (nor retried), as if Moyasar lost them. */
    public synchronized WebhookFaults dropNext(int count) {
        drops = positive(count);
        return this;
    }

    /** The next {@code count} deliveries are sent twice, with the same event id. */
    public synchronized WebhookFaults duplicateNext(int count) {
        duplicates = positive(count);
        return this;
    }

    /** The next {@code count} deliveries wait {@code by} before their first attempt. */
    public synchronized WebhookFaults delayNext(int count, Duration by) {
        delays = positive(count);
        delay = by;
        return this;
    }

    /** The next {@code count} deliveries are held until all arrived, then sent newest first. */
    public synchronized WebhookFaults reorderNext(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("reordering needs at least 2 deliveries");
        }
        reorders = count;
        return this;
    }

    /** Forgets pending faults; deliveries held for reordering are sent at once, newest first. */
    public void clear() {
        List<OutgoingDelivery> release;
        DeliveryRoute route;
        synchronized (this) {
            drops = 0;
            duplicates = 0;
            delays = 0;
            reorders = 0;
            release = new ArrayList<>(held);
            held.clear();
            route = heldRoute;
        }
        if (!release.isEmpty()) {
            Collections.reverse(release);
            route.sendInOrder(release);
        }
    }

    synchronized void route(OutgoingDelivery delivery, DeliveryRoute route) {
        if (drops > 0) {
            drops--;
            route.dropped(delivery);
            return;
        }
        int copies = 1;
        if (duplicates > 0) {
            duplicates--;
            copies = 2;
        }
        Duration wait = Duration.ZERO;
        if (delays > 0) {
            delays--;
            wait = delay;
        }
        for (int copy = 0; copy < copies; copy++) {
            if (reorders > 0) {
                hold(delivery, route);
            } else {
                route.send(delivery, wait);
            }
        }
    }

    private void hold(OutgoingDelivery delivery, DeliveryRoute route) {
        held.add(delivery);
        heldRoute = route;
        reorders--;
        if (reorders == 0) {
            List<OutgoingDelivery> release = new ArrayList<>(held);
            held.clear();
            Collections.reverse(release);
            route.sendInOrder(release);
        }
    }

    private static int positive(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        return count;
    }
}
