package dev.paybridge.bootstrap.linkpay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends LinkPay events as LinkPay signs them: {@code LinkPay-Signature: t=…,v1=hex HMAC-SHA256("t.body")}. */
final class LinkPayWebhooks {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final byte[] secret;
    private volatile String target;
    private int toLose;
    private int sent;

    LinkPayWebhooks(String signingSecret) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
    }

    void target(String url) {
        this.target = url;
    }

    synchronized void lose(int count) {
        toLose += count;
    }

    synchronized int sent() {
        return sent;
    }

    /** Delivers one event; answers the receiver's status (0 when it was lost or nobody listens). */
    int send(String type, JsonNode charge) {
        synchronized (this) {
            if (toLose > 0 || target == null) {
                toLose = Math.max(0, toLose - 1);
                return 0;
            }
            sent++;
        }
        ObjectNode event = FakeLinkPay.JSON.createObjectNode();
        event.put("event_id", "evt_" + UUID.randomUUID()).put("event_type", type)
                .put("occurred_at", Instant.now().toString());
        event.set("charge", charge);
        return deliver(event.toString(), signature(Instant.now().getEpochSecond(), event.toString()));
    }

    /** Posts a body with the given signature header, as LinkPay (or an impostor) would. */
    int deliver(String body, String signatureHeader) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("LinkPay-Signature", signatureHeader)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException failed) {
            return 0;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    String signature(long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] signed = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(signed);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
