package com.example.linkpay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.application.spi.GatewayPaymentLink;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.PaymentState;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads LinkPay's checkout sessions and charges into the SPI's values, in paybridge's words. */
final class LinkPayJson {
    private LinkPayJson() {
    }

    static GatewayPaymentLink session(JsonNode session) {
        List<GatewayPayment> charges = new ArrayList<>();
        session.path("charges").forEach(charge -> charges.add(charge(charge)));
        String state = required(session, "state").asText();
        return new GatewayPaymentLink(required(session, "id").asText(), required(session, "url").asText(),
                sessionStatus(state), state, money(required(session, "amount")), instant(session.path("expires_at")),
                instant(session.path("created_at")), reference(session), charges);
    }

    static GatewayPayment charge(JsonNode charge) {
        Money amount = money(required(charge, "amount"));
        Money refunded = charge.hasNonNull("refunded") ? money(charge.get("refunded")) : Money.zero(amount.currency());
        String state = required(charge, "state").asText();
        PaymentState ours = chargeState(state, amount, refunded);
        JsonNode card = charge.path("card");
        return new GatewayPayment(required(charge, "id").asText(), ours, state, amount, refunded,
                charge.path("session_id").asText(null), reference(charge),
                card.isObject() ? new GatewayPayment.PaymentMethod("card", card.path("brand").asText(null),
                        card.path("last4").asText(null)) : null,
                ours == PaymentState.FAILED ? charge.path("decline_reason").asText(null) : null,
                instant(charge.path("created_at")), charge.toString());
    }

    static ObjectNode amount(Money money) {
        ObjectNode amount = LinkPayHttp.MAPPER.createObjectNode();
        amount.put("value", money.toDecimalString());
        amount.put("currency", money.currency().code());
        return amount;
    }

    private static LinkStatus sessionStatus(String state) {
        return switch (state) {
            case "awaiting_payment" -> LinkStatus.OPEN;
            case "completed" -> LinkStatus.PAID;
            case "cancelled" -> LinkStatus.CANCELED;
            case "lapsed" -> LinkStatus.EXPIRED;
            case "reversed" -> LinkStatus.REVERSED;
            default -> LinkStatus.UNKNOWN;
        };
    }

    private static PaymentState chargeState(String state, Money amount, Money refunded) {
        return switch (state) {
            case "succeeded" -> PaymentState.SUCCEEDED;
            case "refunded", "partially_refunded" -> PaymentState.afterRefund(amount, refunded);
            case "declined" -> PaymentState.FAILED;
            case "voided" -> PaymentState.VOIDED;
            default -> PaymentState.PENDING;
        };
    }

    /** Our invoice id travels as the session's and the charge's {@code reference}. */
    private static InvoiceId reference(JsonNode object) {
        JsonNode reference = object.path("reference");
        return reference.isTextual() ? InvoiceId.parse(reference.asText()).orElse(null) : null;
    }

    private static Money money(JsonNode amount) {
        String code = required(amount, "currency").asText();
        CurrencyUnit currency = LinkPayCurrencies.find(code).orElseGet(() -> CurrencyUnit.of(code));
        return new Money(new BigDecimal(required(amount, "value").asText()), currency);
    }

    static Instant instant(JsonNode value) {
        return value.isTextual() ? Instant.parse(value.asText()) : null;
    }

    private static JsonNode required(JsonNode object, String field) {
        JsonNode value = object.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw new IllegalArgumentException("LinkPay object without " + field);
        }
        return value;
    }
}
