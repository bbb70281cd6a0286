package dev.paybridge.testing.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.application.spi.WebhookVerification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The fake gateway's webhooks: a JSON body {@code {"id", "type", "secret", "created_at", "payment": {…}}} carrying the
 * connection's webhook secret, which it writes for tests and verifies and reads for paybridge.
 */
final class FakeWebhooks {
    /** How long the fake gateway accepts a challenge's code. */
    static final java.time.Duration CODE_VALIDITY = java.time.Duration.ofMinutes(30);
    static final String CHALLENGE = "endpoint.verify";

    private FakeWebhooks() {
    }

    static byte[] paymentEvent(String eventId, GatewayPayment payment, String secret, Instant at) {
        ObjectNode body = envelope(eventId, "payment." + payment.state().wireName(), secret, at);
        body.set("payment", FakeJson.payment(payment));
        return bytes(body);
    }

    static byte[] challenge(String eventId, String endpointId, String code, String secret, Instant at) {
        ObjectNode body = envelope(eventId, CHALLENGE, secret, at);
        body.put("endpoint", endpointId).put("code", code);
        return bytes(body);
    }

    static byte[] other(String eventId, String type, String secret, Instant at) {
        return bytes(envelope(eventId, type, secret, at));
    }

    static WebhookVerification verify(byte[] rawBody, String secret) {
        ObjectNode body;
        try {
            JsonNode json = FakeJson.MAPPER.readTree(rawBody);
            if (json == null || !json.isObject()) {
                return new WebhookVerification.Malformed("$", "must be a JSON object");
            }
            body = (ObjectNode) json;
        } catch (IOException unreadable) {
            return new WebhookVerification.Malformed("$", "is not JSON");
        }
        if (!body.path("secret").isTextual() || !body.get("secret").asText().equals(secret)) {
            return new WebhookVerification.Unauthenticated("wrong webhook secret");
        }
        body.remove("secret");
        try {
            return new WebhookVerification.Verified(read(body));
        } catch (IllegalArgumentException missing) {
            return new WebhookVerification.Malformed(missing.getMessage(), "is required");
        }
    }

    /** The event of a verified body from which the secret was removed (as stored). */
    static GatewayEvent read(ObjectNode body) {
        String id = FakeJson.text(body, "id");
        String type = FakeJson.text(body, "type");
        Instant at = Instant.parse(FakeJson.text(body, "created_at"));
        if (type.startsWith("payment.")) {
            return new GatewayEvent.PaymentEvent(id, type, at, FakeJson.payment(body.path("payment")),
                    FakeJson.write(body));
        }
        if (type.equals(CHALLENGE)) {
            String code = body.path("code").asText("");
            body.remove("code");
            return new GatewayEvent.Challenge(id, type, at, FakeJson.text(body, "endpoint"), code,
                    at.plus(FakeWebhooks.CODE_VALIDITY), FakeJson.write(body));
        }
        return new GatewayEvent.Other(id, type, at, FakeJson.write(body));
    }

    private static ObjectNode envelope(String eventId, String type, String secret, Instant at) {
        return FakeJson.MAPPER.createObjectNode().put("id", eventId).put("type", type).put("secret", secret)
                .put("created_at", at.toString());
    }

    private static byte[] bytes(ObjectNode body) {
        return FakeJson.write(body).getBytes(StandardCharsets.UTF_8);
    }
}
