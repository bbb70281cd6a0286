package dev.paybridge.adapters.moyasar;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.application.spi.GatewayResult.RefusalReason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns Moyasar's answers into gateway results: its error envelope into a refusal, 429/5xx/no answer into UNKNOWN. */
final class MoyasarResults {
    private MoyasarResults() {
    }

    static <T> GatewayResult<T> of(MoyasarHttp.Outcome outcome, Function<JsonNode, T> onSuccess) {
        if (outcome.response() == null) {
            return GatewayResult.unknown(outcome.failure());
        }
        MoyasarResponse response = outcome.response();
        if (response.isSuccess()) {
            try {
                return GatewayResult.succeeded(onSuccess.apply(response.body()));
            } catch (RuntimeException unreadable) {
                return GatewayResult.unknown("Moyasar answered " + response.status() + " with a body paybridge cannot read: "
                        + unreadable.getMessage());
            }
        }
        String message = message(response);
        if (response.status() == 429 || response.status() >= 500) {
            return GatewayResult.unknown("Moyasar answered " + response.status() + ": " + message);
        }
        RefusalReason reason = switch (response.status()) {
            case 401 -> RefusalReason.INVALID_CREDENTIALS;
            case 403 -> RefusalReason.INSUFFICIENT_PERMISSIONS;
            case 404 -> RefusalReason.NOT_FOUND;
            case 405 -> RefusalReason.ACCOUNT_INACTIVE;
            default -> RefusalReason.INVALID_REQUEST;
        };
        return new GatewayResult.Refused<>(reason, message, fieldErrors(response.body().path("errors")));
    }

    private static String message(MoyasarResponse response) {
        JsonNode body = response.body();
        String message = body.path("message").asText("");
        JsonNode errors = body.path("errors");
        if (errors.isTextual() && !errors.asText().isBlank()) {
            message = message.isBlank() ? errors.asText() : message + ": " + errors.asText();
        }
        return message.isBlank() ? "HTTP " + response.status() : message;
    }

    /** Moyasar's field errors: an object of message lists (or single messages); a plain string has no field. */
    private static Map<String, List<String>> fieldErrors(JsonNode errors) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (errors.isObject()) {
            errors.fields().forEachRemaining(entry -> {
                List<String> messages = new ArrayList<>();
                if (entry.getValue().isArray()) {
                    entry.getValue().forEach(item -> messages.add(item.asText()));
                } else {
                    messages.add(entry.getValue().asText());
                }
                fields.put(entry.getKey(), messages);
            });
        }
        return fields;
    }
}
