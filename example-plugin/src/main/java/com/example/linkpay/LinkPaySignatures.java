package com.example.linkpay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks {@code LinkPay-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">} with the endpoint's signing
 * secret, in constant time, and refuses a timestamp more than five minutes away (a replayed old delivery).
 */
final class LinkPaySignatures {
    static final String HEADER = "linkpay-signature";
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    private final byte[] secret;
    private final Clock clock;

    LinkPaySignatures(String secret, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** Why the header does not prove the body came from LinkPay; null when it does. */
    String problem(String header, byte[] body) {
        if (header == null || secret.length == 0) {
            return "no LinkPay-Signature";
        }
        Long timestamp = null;
        byte[] signature = null;
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
                timestamp = Long.parseLong(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("v1") && pair[1].matches("[0-9a-f]{64}")) {
                signature = HexFormat.of().parseHex(pair[1]);
            }
        }
        if (timestamp == null || signature == null) {
            return "a malformed LinkPay-Signature";
        }
        if (Math.abs(clock.instant().getEpochSecond() - timestamp) > TOLERANCE.toSeconds()) {
            return "a LinkPay-Signature more than " + TOLERANCE.toMinutes() + " minutes old";
        }
        return MessageDigest.isEqual(sign(timestamp, body), signature) ? null : "a LinkPay-Signature that does not match";
    }

    byte[] sign(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", impossible);
        }
    }
}
