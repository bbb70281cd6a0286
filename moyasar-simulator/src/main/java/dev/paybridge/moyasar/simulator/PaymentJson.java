package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Payments as Moyasar writes them, with their card {@code source}. */
final class PaymentJson {

    private PaymentJson() {
    }

    static ObjectNode of(Payment payment) {
        ObjectNode node = Json.object();
        node.put("id", payment.id());
        node.put("status", payment.status().wireName());
        node.put("amount", payment.amount());
        node.put("fee", payment.fee());
        node.put("currency", payment.currency());
        node.put("refunded", payment.refunded());
        Json.putTime(node, "refunded_at", payment.refundedAt());
        node.put("captured", payment.captured());
        Json.putTime(node, "captured_at", payment.capturedAt());
        Json.putTime(node, "voided_at", payment.voidedAt());
        node.put("description", payment.description());
        node.put("amount_format", payment.amountFormat());
        node.put("fee_format", payment.feeFormat());
        node.put("refunded_format", payment.refundedFormat());
        node.put("captured_format", payment.capturedFormat());
        node.put("invoice_id", payment.invoiceId());
        node.put("ip", payment.ip());
        node.put("callback_url", payment.callbackUrl());
        Json.putTime(node, "created_at", payment.createdAt());
        Json.putTime(node, "updated_at", payment.updatedAt());
        InvoiceJson.putMetadata(node, payment.metadata());
        node.set("source", source(payment.source()));
        return node;
    }

    static ObjectNode list(Page<Payment> page) {
        ObjectNode node = Json.object();
        ArrayNode items = node.putArray("payments");
        page.items().forEach(payment -> items.add(of(payment)));
        node.set("meta", page.meta());
        return node;
    }

    private static ObjectNode source(CardSource source) {
        ObjectNode node = Json.object();
        node.put("type", source.type());
        node.put("company", source.company());
        node.put("name", source.name());
        node.put("number", source.number());
        node.put("gateway_id", source.gatewayId());
        node.put("reference_number", source.referenceNumber());
        node.put("token", source.token());
        node.put("message", source.message());
        node.put("response_code", source.responseCode());
        node.put("transaction_url", source.transactionUrl());
        return node;
    }
}
