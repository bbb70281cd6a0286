package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookFaultsTest {

    private final WebhookFaults faults = new WebhookFaults();
    private final RecordingRoute route = new RecordingRoute();

    @Test
    void without_faults_sends_each_delivery_once_at_once() {
        faults.route(delivery("e1"), route);

        assertThat(route.events).containsExactly("send e1 0ms");
    }

    @Test
    void drops_duplicates_and_delays_the_next_deliveries_only() {
        faults.dropNext(1).duplicateNext(1).delayNext(1, Duration.ofMillis(300));

        faults.route(delivery("e1"), route);
        faults.route(delivery("e2"), route);
        faults.route(delivery("e3"), route);

        assertThat(route.events).containsExactly("drop e1", "send e2 300ms", "send e2 300ms", "send e3 0ms");
    }

    @Test
    void reorders_a_held_batch_newest_first() {
        faults.reorderNext(3);

        faults.route(delivery("e1"), route);
        faults.route(delivery("e2"), route);
        assertThat(route.events).isEmpty();
        faults.route(delivery("e3"), route);

        assertThat(route.events).containsExactly("in order [e3, e2, e1]");
    }

    @Test
    void clear_forgets_faults_and_releases_held_deliveries() {
        faults.reorderNext(3).dropNext(5);
        faults.clear();
        faults.route(delivery("e1"), route);
        assertThat(route.events).containsExactly("send e1 0ms");

        faults.reorderNext(2);
        faults.route(delivery("e2"), route);
        faults.clear();

        assertThat(route.events).containsExactly("send e1 0ms", "in order [e2]");
    }

    private static OutgoingDelivery delivery(String id) {
        return new OutgoingDelivery(id, "payment_paid", "http://localhost/hook", "post", "{}", Map.of(), true);
    }

    /** A route that writes down what it was asked to do. */
    private static final class RecordingRoute implements DeliveryRoute {

        final List<String> events = new ArrayList<>();

        @Override
        public void send(OutgoingDelivery delivery, Duration delay) {
            events.add("send " + delivery.eventId() + " " + delay.toMillis() + "ms");
        }

        @Override
        public void sendInOrder(List<OutgoingDelivery> deliveries) {
            events.add("in order " + deliveries.stream().map(OutgoingDelivery::eventId).toList());
        }

        @Override
        public void dropped(OutgoingDelivery delivery) {
            events.add("drop " + delivery.eventId());
        }
    }
}
