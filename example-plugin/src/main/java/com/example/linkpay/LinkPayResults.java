package com.example.linkpay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.application.spi.GatewayResult.RefusalReason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns LinkPay's answers into gateway results: its error object into a refusal, 429/5xx/no answer into UNKNOWN. */
final class LinkPayResults {
    private LinkPayResults() {
    }

    static <T> GatewayResult<T> of(LinkPayHttp.Answer answer, Function<JsonNode, T> onSuccess) {
        if (answer.failure() != null) {
            return GatewayResult.unknown(answer.failure());
        }
        int status = answer.status();
        if (status >= 200 && status < 300) {
            try {
                return GatewayResult.succeeded(onSuccess.apply(answer.body()));
            } catch (RuntimeException unreadable) {
                return GatewayResult.unknown("LinkPay answered " + status + " with a body the plugin cannot read: "
                        + unreadable.getMessage());
            }
        }
        JsonNode error = answer.body().path("error");
        String message = error.path("message").asText(error.path("code").asText("HTTP " + status));
        if (status == 429 || status >= 500) {
            return GatewayResult.unknown("LinkPay answered " + status + ": " + message);
        }
        RefusalReason reason = switch (status) {
            case 401 -> RefusalReason.INVALID_CREDENTIALS;
            case 403 -> RefusalReason.INSUFFICIENT_PERMISSIONS;
            case 404 -> RefusalReason.NOT_FOUND;
            default -> RefusalReason.INVALID_REQUEST;
        };
        Map<String, List<String>> fields = new LinkedHashMap<>();
        error.path("fields").fields().forEachRemaining(field -> fields.put(field.getKey(),
                List.of(field.getValue().asText())));
        return new GatewayResult.Refused<>(reason, message, fields);
    }
}
