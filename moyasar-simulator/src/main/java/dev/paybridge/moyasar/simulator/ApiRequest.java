package dev.paybridge.moyasar.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * One API request the simulator received, as logged: Authorization is redacted to its key prefix, status is
 * null when no answer was sent (a hang or a dropped connection), fault names the injected fault if any.
 */
public record ApiRequest(Instant receivedAt, String method, String path, String query, Map<String, String> headers,
                         String body, Integer status, String fault) {

    public ApiRequest {
        headers = Map.copyOf(headers);
    }
}
