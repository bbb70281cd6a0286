package dev.paybridge.adapters.http.invoice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.paybridge.adapters.http.support.Json;
import dev.paybridge.adapters.http.support.JsonBody;
import dev.paybridge.application.port.in.invoice.CreateInvoiceCommand;
import dev.paybridge.application.port.in.invoice.NewLineItem;
import dev.paybridge.application.problem.FieldErrors;
import dev.paybridge.domain.invoice.Customer;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.SecretHash;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads invoice requests: JSON types here, amount and date rules in the application. */
final class InvoiceRequests {
    private static final int MAX_KEY_LENGTH = 255;

    private InvoiceRequests() {
    }

    static CreateInvoiceCommand create(Scope scope, byte[] raw, String idempotencyKey) {
        JsonBody body = JsonBody.parse(raw);
        JsonBody customer = body.requiredObject("customer");
        String externalId = customer.requiredString("external_id");
        String name = customer.optionalString("name").orElse(null);
        String email = customer.optionalString("email").orElse(null);
        String currency = body.requiredString("currency");
        String dueDate = body.optionalString("due_date").orElse(null);
        List<JsonBody> lines = body.optionalObjectArray("line_items").orElseGet(() -> {
            if (!body.has("line_items")) {
                body.reject("line_items", "is required");
            }
            return List.of();
        });
        List<NewLineItem> lineItems = lines.stream().map(line -> new NewLineItem(line.requiredString("description"),
                line.requiredString("quantity"), line.requiredString("unit_amount"))).toList();
        Map<String, String> metadata = body.optionalStringMap("metadata").orElse(Map.of());
        boolean finalizeNow = body.optionalBoolean("finalize").orElse(false);
        body.finish();
        return new CreateInvoiceCommand(scope, new Customer(externalId, name, email), currency, dueDate, lineItems,
                metadata, finalizeNow, key(idempotencyKey, raw));
    }

    private static Optional<CreateInvoiceCommand.IdempotencyKey> key(String header, byte[] raw) {
        if (header == null) {
            return Optional.empty();
        }
        if (header.isBlank() || header.length() > MAX_KEY_LENGTH) {
            throw FieldErrors.single("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        return Optional.of(new CreateInvoiceCommand.IdempotencyKey(header, fingerprint(raw)));
    }

    /** A hash of the request's JSON with keys sorted, so whitespace and key order do not make a different request. */
    private static String fingerprint(byte[] raw) {
        try {
            JsonNode tree = Json.MAPPER.readTree(raw);
            Object canonical = Json.MAPPER.treeToValue(tree, Object.class);
            return SecretHash.sha256Hex(Json.MAPPER.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsString(canonical));
        } catch (java.io.IOException unreadable) {
            throw FieldErrors.single("body", "is not valid JSON");
        }
    }
}
