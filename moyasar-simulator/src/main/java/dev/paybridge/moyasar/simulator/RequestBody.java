package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Locale;

/** Reads an API request body, JSON or form encoded, as a JSON object; an empty body is an empty object. */
final class RequestBody {

    private RequestBody() {
    }

    static JsonNode read(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            return Json.object();
        }
        String type = ctx.contentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return FormDecoder.decode(body);
        }
        try {
            JsonNode node = Json.read(body);
            if (!node.isObject()) {
                throw ApiError.invalidRequest("Request body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiError.invalidRequest("Request body is not valid JSON");
        }
    }

    /** An optional positive integer {@code amount} (refund, capture); null when absent. */
    static Long optionalAmount(JsonNode body) {
        JsonNode node = body.get("amount");
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asLong();
        }
        if (node.isTextual() && node.asText().trim().matches("\\d{1,18}")) {
            return Long.parseLong(node.asText().trim());
        }
        FieldErrors errors = new FieldErrors();
        errors.add("amount", "must be an integer");
        errors.throwIfAny();
        return null;
    }
}
