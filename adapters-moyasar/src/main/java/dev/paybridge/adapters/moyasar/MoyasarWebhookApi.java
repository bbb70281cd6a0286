package dev.paybridge.adapters.moyasar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.application.spi.GatewayResult.RefusalReason;
import dev.paybridge.application.spi.GatewayWebhook;
import dev.paybridge.application.spi.GatewayWebhooks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Moyasar's webhook API ({@code /v1/webhooks}) for one secret key: registration with the connection's shared secret
 * and the payment events paybridge acts on, look-up by URL, rotation, deletion, and the verification handshake
 * ({@code POST /v1/webhooks/{id}/verify}).
 */
final class MoyasarWebhookApi implements GatewayWebhooks {
    /** The events a registered webhook is subscribed to: every payment event paybridge acts on. */
    static final List<String> EVENTS = List.of("payment_paid", "payment_captured", "payment_failed",
            "payment_refunded", "payment_voided");
    private final MoyasarHttp http;
    private final String sharedSecret;

    MoyasarWebhookApi(MoyasarHttp http, String sharedSecret) {
        this.http = http;
        this.sharedSecret = sharedSecret;
    }

    @Override
    public GatewayResult<Optional<GatewayWebhook>> find(String url) {
        return MoyasarResults.of(http.get("/webhooks"), page -> StreamSupport.stream(
                        page.path("webhooks").spliterator(), false)
                .filter(webhook -> url.equals(webhook.path("url").asText()))
                .map(MoyasarWebhookApi::webhook)
                .findFirst());
    }

    @Override
    public GatewayResult<GatewayWebhook> register(String url) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("url", url);
        body.put("http_method", "post");
        body.put("shared_secret", sharedSecret);
        EVENTS.forEach(body.putArray("events")::add);
        return MoyasarResults.of(http.write("POST", "/webhooks", body), MoyasarWebhookApi::webhook);
    }

    @Override
    public GatewayResult<GatewayWebhook> update(String webhookId, String url) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("url", url);
        body.put("shared_secret", sharedSecret);
        return MoyasarResults.of(http.write("PUT", "/webhooks/" + encode(webhookId), body), MoyasarWebhookApi::webhook);
    }

    @Override
    public GatewayResult<String> delete(String webhookId) {
        GatewayResult<String> deleted = MoyasarResults.of(http.write("DELETE", "/webhooks/" + encode(webhookId), null),
                ignored -> webhookId);
        boolean gone = deleted.fold(done -> false, no -> no.reason() == RefusalReason.NOT_FOUND, unknown -> false);
        return gone ? GatewayResult.succeeded(webhookId) : deleted;
    }

    @Override
    public GatewayResult<GatewayWebhook> answerChallenge(String webhookId, String code) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("code", code);
        return MoyasarResults.of(http.write("POST", "/webhooks/" + encode(webhookId) + "/verify", body),
                MoyasarWebhookApi::webhook);
    }

    @Override
    public GatewayResult<GatewayWebhook> requestChallenge(String webhookId) {
        return MoyasarResults.of(http.write("POST", "/webhooks/" + encode(webhookId) + "/resend_verification", null),
                MoyasarWebhookApi::webhook);
    }

    private static GatewayWebhook webhook(JsonNode webhook) {
        List<String> events = new ArrayList<>();
        webhook.path("events").forEach(event -> events.add(event.asText()));
        return new GatewayWebhook(webhook.path("id").asText(), webhook.path("url").asText(), events,
                webhook.path("verified").asBoolean(true), MoyasarJson.instant(webhook.path("verified_at")));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
