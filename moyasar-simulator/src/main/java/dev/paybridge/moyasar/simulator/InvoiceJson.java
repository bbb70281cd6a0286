package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Invoices as Moyasar writes them: the full object, and the list item (no payments; payment_id and paid_at). */
final class InvoiceJson {

    private InvoiceJson() {
    }

    static ObjectNode full(Invoice invoice) {
        ObjectNode node = common(invoice, true);
        ArrayNode payments = node.putArray("payments");
        invoice.payments().forEach(payment -> payments.add(PaymentJson.of(payment)));
        putMetadata(node, invoice.metadata());
        return node;
    }

    static ObjectNode listItem(Invoice invoice) {
        ObjectNode node = common(invoice, false);
        node.put("payment_id", invoice.paymentId());
        Json.putTime(node, "paid_at", invoice.paidAt());
        putMetadata(node, invoice.metadata());
        return node;
    }

    static ObjectNode list(Page<Invoice> page) {
        ObjectNode node = Json.object();
        ArrayNode items = node.putArray("invoices");
        page.items().forEach(invoice -> items.add(listItem(invoice)));
        node.set("meta", page.meta());
        return node;
    }

    static ObjectNode bulk(List<Invoice> invoices) {
        ObjectNode node = Json.object();
        ArrayNode items = node.putArray("invoices");
        invoices.forEach(invoice -> items.add(full(invoice)));
        return node;
    }

    /** The fields of both shapes; list items carry no {@code logo_url} (docs.moyasar.com/list-invoices). */
    private static ObjectNode common(Invoice invoice, boolean withLogo) {
        ObjectNode node = Json.object();
        node.put("id", invoice.id());
        node.put("status", invoice.status().wireName());
        node.put("amount", invoice.amount());
        node.put("currency", invoice.currency());
        node.put("description", invoice.description());
        if (withLogo) {
            node.put("logo_url", invoice.logoUrl());
        }
        node.put("amount_format", invoice.amountFormat());
        node.put("url", invoice.url());
        node.put("callback_url", invoice.callbackUrl());
        node.put("success_url", invoice.successUrl());
        node.put("back_url", invoice.backUrl());
        Json.putTime(node, "expired_at", invoice.expiredAt());
        Json.putTime(node, "created_at", invoice.createdAt());
        Json.putTime(node, "updated_at", invoice.updatedAt());
        return node;
    }

    /** Moyasar sends {@code null} rather than an empty object when there is no metadata. */
    static void putMetadata(ObjectNode node, Map<String, String> metadata) {
        if (metadata.isEmpty()) {
            node.putNull("metadata");
        } else {
            node.set("metadata", Json.stringMap(metadata));
        }
    }
}
