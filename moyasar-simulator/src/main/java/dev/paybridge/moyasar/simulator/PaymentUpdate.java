package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * {@code PUT /v1/payments/{id}}, which the official SDKs call: changes a payment's {@code description} and
 * {@code metadata} (an empty value removes a key), whatever its status; other fields are ignored.
 */
final class PaymentUpdate {

    private final SimulatorState state;

    PaymentUpdate(SimulatorState state) {
        this.state = state;
    }

    Payment apply(StoredAccount account, String id, JsonNode body) {
        return state.atomically(() -> {
            StoredPayment payment = state.payment(account, id);
            FieldErrors errors = new FieldErrors();
            RequestFields fields = new RequestFields(body, errors, "");
            String description = fields.text("description", false);
            Map<String, String> metadata = fields.metadata("metadata").applyTo(payment.metadata);
            errors.throwIfAny();
            Instant now = state.now();
            if (fields.has("description")) {
                payment.description = description;
            }
            payment.metadata.clear();
            payment.metadata.putAll(metadata);
            payment.updatedAt = now;
            return payment.snapshot();
        });
    }
}
