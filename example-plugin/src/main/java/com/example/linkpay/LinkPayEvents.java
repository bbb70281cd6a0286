package com.example.linkpay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paybridge.application.spi.GatewayEvent;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads LinkPay's webhook events ({@code {"event_id","event_type","occurred_at","charge"}}): {@code charge.*} events
 * are payment news, anything else is kept and not acted on. The body holds no secret (the signature is a header),
 * so it is stored as it came.
 */
final class LinkPayEvents {
    private LinkPayEvents() {
    }

    static GatewayEvent of(JsonNode event, String raw) {
        String id = event.path("event_id").asText();
        String type = event.path("event_type").asText();
        Instant occurred = LinkPayJson.instant(event.path("occurred_at"));
        if (type.startsWith("charge.") && event.path("charge").isObject()) {
            try {
                return new GatewayEvent.PaymentEvent(id, type, occurred, LinkPayJson.charge(event.get("charge")), raw);
            } catch (RuntimeException unreadable) {
                return new GatewayEvent.Other(id, type, occurred, raw);
            }
        }
        return new GatewayEvent.Other(id, type, occurred, raw);
    }

    static GatewayEvent read(String stored) {
        try {
            return of(LinkPayHttp.MAPPER.readTree(stored), stored);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("not a stored LinkPay event", unreadable);
        }
    }
}
