package dev.paybridge.testing.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.PaymentState;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.Money;
import java.time.Instant;

/** The fake gateway's JSON: its payments as it reports them, in webhooks and in its own records. */
final class FakeJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private FakeJson() {
    }

    static ObjectNode payment(GatewayPayment payment) {
        ObjectNode json = MAPPER.createObjectNode()
                .put("id", payment.gatewayPaymentId())
                .put("state", payment.state().wireName())
                .put("status", payment.gatewayStatus())
                .put("amount", payment.amount().toDecimalString())
                .put("currency", payment.amount().currency().code())
                .put("refunded", payment.refunded().toDecimalString())
                .put("link", payment.gatewayInvoiceId())
                .put("reference", payment.invoiceReference() == null ? null : payment.invoiceReference().value())
                .put("failure", payment.failureMessage())
                .put("created_at", payment.createdAt().toString());
        if (payment.method() != null) {
            json.putObject("method").put("type", payment.method().type()).put("company", payment.method().company())
                    .put("last4", payment.method().last4());
        }
        return json;
    }

    /** A payment read back from its JSON; an {@link IllegalArgumentException} names the field at fault. */
    static GatewayPayment payment(JsonNode json) {
        CurrencyUnit currency = CurrencyUnit.of(text(json, "currency"));
        JsonNode method = json.path("method");
        return new GatewayPayment(text(json, "id"), PaymentState.fromWireName(text(json, "state")),
                json.path("status").asText(null), Money.parse(text(json, "amount"), currency),
                Money.parse(text(json, "refunded"), currency), json.path("link").asText(null),
                json.path("reference").isTextual() ? new InvoiceId(json.get("reference").asText()) : null,
                method.isObject() ? new GatewayPayment.PaymentMethod(method.path("type").asText(null),
                        method.path("company").asText(null), method.path("last4").asText(null)) : null,
                json.path("failure").asText(null), Instant.parse(text(json, "created_at")), json.toString());
    }

    static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(field);
        }
        return value.asText();
    }

    static String write(JsonNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write JSON", impossible);
        }
    }
}
