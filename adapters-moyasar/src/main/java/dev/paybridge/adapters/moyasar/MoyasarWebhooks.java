package dev.paybridge.adapters.moyasar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.application.spi.WebhookVerification;
import dev.paybridge.domain.connection.GatewayMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies Moyasar webhook deliveries: the shape first, then {@code secret_token} against the webhook secret in
 * constant time, an {@code X-Moyasar-Signature} (hex HMAC-SHA256 of the raw body) when present, and {@code live}
 * against the key's mode.
 */
final class MoyasarWebhooks {
    static final String SIGNATURE_HEADER = "x-moyasar-signature";
    /** The one-time event that asks to prove this endpoint received its code. */
    static final String VERIFICATION = "webhook_verification";
    /** How long Moyasar accepts a verification code. */
    static final Duration CODE_VALIDITY = Duration.ofMinutes(30);
    /** The event types whose data is a payment ({@code payment_faild} is how Moyasar's docs table spells one). */
    static final Set<String> PAYMENT_EVENTS = Set.of("payment_paid", "payment_captured", "payment_authorized",
            "payment_failed", "payment_faild", "payment_refunded", "payment_voided", "payment_verified",
            "payment_abandoned", "payment_canceled", "payment_expired");
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
        return new WebhookVerification.Verified(event((ObjectNode) root));
    }

    /** Reads a payload stored at receipt (already verified, secrets removed) back into its event. */
    static GatewayEvent readStored(String payload) {
        try {
            return event((ObjectNode) MAPPER.readTree(payload));
        } catch (IOException | ClassCastException unreadable) {
            throw new IllegalArgumentException("not a stored Moyasar event", unreadable);
        }
    }

    /**
     * The event of a verified tree, in paybridge's words. The tree loses its {@code secret_token} (and a verification
     * event its code), so what is stored never holds a secret. An authentic event of any other type, or whose data
     * paybridge cannot read as a payment, is an {@link GatewayEvent.Other}: stored and not acted on.
     */
    private static GatewayEvent event(ObjectNode root) {
        String id = root.path("id").asText();
        String type = root.path("type").asText();
        Instant createdAt = MoyasarJson.instant(root.path("created_at"));
        root.remove("secret_token");
        JsonNode data = root.path("data");
        if (VERIFICATION.equals(type) && data.path("webhook_id").isTextual()
                && data.path("verification_code").isTextual()) {
            String code = ((ObjectNode) data).remove("verification_code").asText();
            Instant answerBy = (createdAt == null ? Instant.now() : createdAt).plus(CODE_VALIDITY);
            return new GatewayEvent.Challenge(id, type, createdAt, data.path("webhook_id").asText(), code, answerBy,
                    root.toString());
        }
        if (PAYMENT_EVENTS.contains(type)) {
            try {
                return new GatewayEvent.PaymentEvent(id, type, createdAt, MoyasarJson.payment(data), root.toString());
            } catch (RuntimeException notAPayment) {
                return new GatewayEvent.Other(id, type, createdAt, root.toString());
            }
        }
        return new GatewayEvent.Other(id, type, createdAt, root.toString());
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
