package dev.paybridge.moyasar.simulator;

import java.util.Map;

/**
 * One message to send to one receiver: an event envelope for a webhook, or an invoice for its callback_url;
 * {@code retried} says whether a failed attempt is tried again on the retry schedule.
 */
record OutgoingDelivery(String eventId, String eventType, String url, String httpMethod, String body,
                        Map<String, String> headers, boolean retried) {

    OutgoingDelivery {
        headers = Map.copyOf(headers);
    }
}
