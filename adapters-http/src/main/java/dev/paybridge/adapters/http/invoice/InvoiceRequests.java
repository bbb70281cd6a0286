package dev.paybridge.adapters.http.invoice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.paybridge.adapters.http.support.Json;
import dev.paybridge.adapters.http.support.JsonBody;
import dev.paybridge.adapters.http.support.Outcomes;
import dev.paybridge.adapters.http.support.RequestErrors;
import dev.paybridge.application.port.in.invoice.CreateInvoiceCommand;
import dev.paybridge.application.port.in.invoice.CreateInvoiceCommand.AnswerFormat;
import dev.paybridge.application.port.in.invoice.CreateInvoiceCommand.Idempotency;
import dev.paybridge.application.port.in.invoice.NewLineItem;
import dev.paybridge.domain.invoice.Customer;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.DecimalText;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.SecretHash;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads invoice requests into commands: JSON types, decimal strings, currency codes and dates are read here. */
final class InvoiceRequests {
    /** Decimal strings are read with this many decimals at most; the command refuses more for unit amounts. */
    private static final int MAX_DECIMALS = 30;

    private InvoiceRequests() {
    }

    static CreateInvoiceCommand create(Scope scope, byte[] raw, String idempotencyKey, AnswerFormat format) {
        JsonBody body = JsonBody.parse(raw);
        Customer customer = customer(body);
        CurrencyUnit currency = currency(body);
        LocalDate dueDate = dueDate(body);
        List<JsonBody> lines = body.optionalObjectArray("line_items").orElseGet(() -> {
            if (!body.has("line_items")) {
                body.reject("line_items", "is required");
            }
            return List.of();
        });
        List<NewLineItem> lineItems = lines.stream().map(line -> new NewLineItem(line.requiredString("description"),
                decimal(line, "quantity"), decimal(line, "unit_amount"))).toList();
        Map<String, String> metadata = body.optionalStringMap("metadata").orElse(Map.of());
        boolean finalizeNow = body.optionalBoolean("finalize").orElse(false);
        String fingerprint = idempotencyKey == null ? null : fingerprint(raw);
        return Outcomes.command(body, () -> new CreateInvoiceCommand(scope, customer, currency, dueDate, lineItems,
                metadata, finalizeNow, Optional.ofNullable(idempotencyKey)
                        .map(key -> new Idempotency(key, fingerprint, format))));
    }

    private static Customer customer(JsonBody body) {
        JsonBody customer = body.requiredObject("customer");
        String externalId = customer.requiredString("external_id");
        String name = customer.optionalString("name").orElse(null);
        String email = customer.optionalString("email").orElse(null);
        return externalId == null ? null : new Customer(externalId, name, email);
    }

    private static CurrencyUnit currency(JsonBody body) {
        String code = body.requiredString("currency");
        if (code == null) {
            return null;
        }
        return CurrencyUnit.find(code).orElseGet(() -> {
            body.reject("currency", "must be an ISO 4217 currency code in upper case, such as SAR");
            return null;
        });
    }

    private static LocalDate dueDate(JsonBody body) {
        return body.optionalString("due_date").map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException malformed) {
                body.reject("due_date", "must be a date written YYYY-MM-DD");
                return null;
            }
        }).orElse(null);
    }

    private static BigDecimal decimal(JsonBody line, String field) {
        String text = line.requiredString(field);
        if (text == null) {
            return null;
        }
        try {
            return DecimalText.parse(text, MAX_DECIMALS);
        } catch (IllegalArgumentException malformed) {
            line.reject(field, malformed.getMessage());
            return null;
        }
    }

    /** A hash of the request's JSON with keys sorted, so whitespace and key order do not make a different request. */
    private static String fingerprint(byte[] raw) {
        try {
            JsonNode tree = Json.MAPPER.readTree(raw);
            Object canonical = Json.MAPPER.treeToValue(tree, Object.class);
            return SecretHash.sha256Hex(Json.MAPPER.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsString(canonical));
        } catch (IOException unreadable) {
            throw RequestErrors.single("body", "is not valid JSON");
        }
    }
}
