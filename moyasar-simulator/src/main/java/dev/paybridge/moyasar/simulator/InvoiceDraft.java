package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/** A validated invoice creation request. */
record InvoiceDraft(long amount, String currency, String description, String callbackUrl, String successUrl,
                    String backUrl, Instant expiredAt, Map<String, String> metadata) {

    static final String DEFAULT_CURRENCY = "SAR";

    /** Reads a draft, reporting problems under {@code prefix}; returns null when any field was invalid. */
    static InvoiceDraft read(JsonNode body, Instant now, FieldErrors errors, String prefix) {
        FieldErrors own = new FieldErrors();
        RequestFields fields = new RequestFields(body, own, prefix);
        Long amount = fields.amount("amount", true);
        String currency = fields.currency("currency", DEFAULT_CURRENCY);
        String description = fields.text("description", true);
        String callbackUrl = fields.url("callback_url");
        String successUrl = fields.url("success_url");
        String backUrl = fields.url("back_url");
        Instant expiredAt = fields.futureInstant("expired_at", now);
        Map<String, String> metadata = fields.metadata("metadata").asCreated();
        if (!own.isEmpty()) {
            errors.addAll(own);
            return null;
        }
        return new InvoiceDraft(amount, currency, description, callbackUrl, successUrl, backUrl, expiredAt, metadata);
    }
}
