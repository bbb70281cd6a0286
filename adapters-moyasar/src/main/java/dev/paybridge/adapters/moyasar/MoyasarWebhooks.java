package dev.paybridge.adapters.moyasar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.application.spi.GatewayEvent.EventType;
import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.application.spi.WebhookVerification;
import dev.paybridge.domain.connection.GatewayMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies Moyasar webhook deliveries: the shape first, then {@code secret_token} against the webhook secret in
 * constant time, an {@code X-Moyasar-Signature} (hex HMAC-SHA256 of the raw body) when present, and {@code live}
 * against the key's mode.
 */
final class MoyasarWebhooks {
    static final String SIGNATURE_HEADER = "x-moyasar-signature";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private final byte[] webhookSecret;
    private final byte[] webhookSecretDigest;
    private final GatewayMode mode;

    MoyasarWebhooks(String webhookSecret, GatewayMode mode) {
        this.webhookSecret = webhookSecret.getBytes(StandardCharsets.UTF_8);
        this.webhookSecretDigest = sha256(this.webhookSecret);
        this.mode = mode;
    }

    WebhookVerification verify(Map<String, List<String>> headers, byte[] rawBody) {
        JsonNode root;
        try {
            root = MAPPER.readTree(rawBody);
        } catch (IOException notJson) {
            return new WebhookVerification.Malformed("body", "is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            return new WebhookVerification.Malformed("body", "must be a JSON object");
        }
        for (String field : new String[] {"id", "type"}) {
            if (!root.path(field).isTextual() || root.path(field).asText().isBlank()) {
                return new WebhookVerification.Malformed(field, "is required and must be a string");
            }
        }
        if (!root.path("data").isObject()) {
            return new WebhookVerification.Malformed("data", "is required and must be an object");
        }
        if (!sameSecret(root.path("secret_token"))) {
            return new WebhookVerification.Unauthenticated("secret_token does not match the webhook secret");
        }
        List<String> signatures = headers.getOrDefault(SIGNATURE_HEADER, List.of());
        if (!signatures.isEmpty() && !validSignature(signatures.get(0), rawBody)) {
            return new WebhookVerification.Unauthenticated("X-Moyasar-Signature does not match the body");
        }
        JsonNode live = root.path("live");
        if (live.isBoolean() && live.booleanValue() != (mode == GatewayMode.LIVE)) {
            return new WebhookVerification.Unauthenticated("a " + (live.booleanValue() ? "live" : "test")
                    + " event for a " + mode.wireName() + "-mode connection");
        }
        try {
            return new WebhookVerification.Verified(event((ObjectNode) root));
        } catch (RuntimeException wrongShape) {
            return new WebhookVerification.Malformed("data", "is not a Moyasar payment: " + wrongShape.getMessage());
        }
    }

    /** Reads a payload stored at receipt (already verified, secret removed) back into its event. */
    static GatewayEvent readStored(String payload) {
        try {
            return event((ObjectNode) MAPPER.readTree(payload));
        } catch (IOException | ClassCastException unreadable) {
            throw new IllegalArgumentException("not a stored Moyasar event", unreadable);
        }
    }

    /** The event of a verified tree; the tree loses its {@code secret_token}, so what is stored never holds it. */
    private static GatewayEvent event(ObjectNode root) {
        GatewayPayment payment = MoyasarJson.payment(root.path("data"));
        String type = root.path("type").asText();
        root.remove("secret_token");
        return new GatewayEvent(root.path("id").asText(), eventType(type), type,
                MoyasarJson.instant(root.path("created_at")), payment, root.toString());
    }

    static EventType eventType(String type) {
        return switch (type) {
            case "payment_paid" -> EventType.PAYMENT_PAID;
            case "payment_captured" -> EventType.PAYMENT_CAPTURED;
            case "payment_authorized" -> EventType.PAYMENT_AUTHORIZED;
            case "payment_failed", "payment_faild" -> EventType.PAYMENT_FAILED;
            case "payment_refunded" -> EventType.PAYMENT_REFUNDED;
            case "payment_voided" -> EventType.PAYMENT_VOIDED;
            default -> EventType.OTHER;
        };
    }

    /** Compares digests, so neither the content nor the length of the secret leaks through timing. */
    private boolean sameSecret(JsonNode token) {
        if (!token.isTextual()) {
            return false;
        }
        return MessageDigest.isEqual(sha256(token.asText().getBytes(StandardCharsets.UTF_8)), webhookSecretDigest);
    }

    private boolean validSignature(String header, byte[] rawBody) {
        byte[] presented;
        try {
            presented = HexFormat.of().parseHex(header.trim().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(webhookSecret, "HmacSHA256"));
            return MessageDigest.isEqual(mac.doFinal(rawBody), presented);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", impossible);
        }
    }

    private static byte[] sha256(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", impossible);
        }
    }
}
