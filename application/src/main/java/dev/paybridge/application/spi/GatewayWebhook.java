package dev.paybridge.application.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A webhook as the gateway holds it: its id, the URL it calls, the events it sends, and whether it is verified. */
public record GatewayWebhook(String id, String url, List<String> events, boolean verified, Instant verifiedAt) {
    public GatewayWebhook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        events = List.copyOf(events);
    }
}
