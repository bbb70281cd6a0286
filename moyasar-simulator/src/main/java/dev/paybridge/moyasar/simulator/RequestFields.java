package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;

/** Reads and validates request fields the way Moyasar does, reporting problems into {@link FieldErrors}. */
final class RequestFields {

    static final long MINIMUM_AMOUNT = 100;

    private final JsonNode body;
    private final FieldErrors errors;
    private final String prefix;

    RequestFields(JsonNode body, FieldErrors errors, String prefix) {
        this.body = body;
        this.errors = errors;
        this.prefix = prefix;
    }

    boolean has(String field) {
        return body.has(field);
    }

    Long amount(String field, boolean required) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            if (required) {
                errors.add(prefix + field, "can't be blank");
            }
            return null;
        }
        Long value = null;
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            value = node.asLong();
        } else if (node.isTextual() && node.asText().trim().matches("-?\\d{1,18}")) {
            value = Long.parseLong(node.asText().trim());
        }
        if (value == null) {
            errors.add(prefix + field, "must be an integer");
            return null;
        }
        if (value < MINIMUM_AMOUNT) {
            errors.add(prefix + field, "must be greater than or equal to " + MINIMUM_AMOUNT);
            return null;
        }
        return value;
    }

    /** The upper-case currency, {@code fallback} when absent, null (with an error) when unsupported. */
    String currency(String field, String fallback) {
        String text = Json.text(body, field);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return MoneyFormat.normalize(text).orElseGet(() -> {
            errors.add(prefix + field, "is not supported: " + text.toUpperCase(Locale.ROOT));
            return null;
        });
    }

    String text(String field, boolean required) {
        JsonNode node = body.get(field);
        if (node != null && (node.isObject() || node.isArray())) {
            errors.add(prefix + field, "must be a string");
            return null;
        }
        String text = Json.text(body, field);
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(prefix + field, "can't be blank");
            }
            return null;
        }
        return text;
    }

    String url(String field) {
        String text = text(field, false);
        if (text != null && !isHttpUrl(text)) {
            errors.add(prefix + field, "must be a valid URL");
            return null;
        }
        return text;
    }

    Instant futureInstant(String field, Instant now) {
        String text = text(field, false);
        if (text == null) {
            return null;
        }
        Instant instant = Timestamps.parse(text).orElse(null);
        if (instant == null) {
            errors.add(prefix + field, "must be a valid ISO 8601 date");
        } else if (!instant.isAfter(now)) {
            errors.add(prefix + field, "must be in the future");
            return null;
        }
        return instant;
    }

    MetadataChanges metadata(String field) {
        return MetadataChanges.read(body.get(field), errors, prefix + field);
    }

    static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
