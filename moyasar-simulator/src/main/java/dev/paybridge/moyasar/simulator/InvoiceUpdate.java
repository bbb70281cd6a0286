package dev.paybridge.moyasar.simulator;

import java.time.Instant;
import java.util.Map;

/** The changes of a {@code PUT /v1/invoices/{id}}: only the fields present are read and applied. */
final class InvoiceUpdate {

    private final RequestFields fields;
    private final Long amount;
    private final String currency;
    private final String description;
    private final String callbackUrl;
    private final String successUrl;
    private final String backUrl;
    private final Instant expiredAt;
    private final Map<String, String> metadata;

    private InvoiceUpdate(RequestFields fields, StoredInvoice invoice, Instant now) {
        this.fields = fields;
        this.amount = fields.has("amount") ? fields.amount("amount", true) : null;
        this.currency = fields.has("currency") ? fields.currency("currency", invoice.currency) : null;
        this.description = fields.has("description") ? fields.text("description", true) : null;
        this.callbackUrl = fields.url("callback_url");
        this.successUrl = fields.url("success_url");
        this.backUrl = fields.url("back_url");
        this.expiredAt = fields.futureInstant("expired_at", now);
        this.metadata = fields.metadata("metadata").applyTo(invoice.metadata);
    }

    static InvoiceUpdate read(RequestFields fields, StoredInvoice invoice, Instant now) {
        return new InvoiceUpdate(fields, invoice, now);
    }

    void applyTo(StoredInvoice invoice) {
        if (amount != null) {
            invoice.amount = amount;
        }
        if (currency != null) {
            invoice.currency = currency;
        }
        if (description != null) {
            invoice.description = description;
        }
        if (fields.has("callback_url")) {
            invoice.callbackUrl = callbackUrl;
        }
        if (fields.has("success_url")) {
            invoice.successUrl = successUrl;
        }
        if (fields.has("back_url")) {
            invoice.backUrl = backUrl;
        }
        if (fields.has("expired_at")) {
            invoice.expiredAt = expiredAt;
        }
        invoice.metadata.clear();
        invoice.metadata.putAll(metadata);
    }
}
