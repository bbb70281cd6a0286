package dev.paybridge.application.port.in.invoice;

import dev.paybridge.domain.invoice.Customer;
import dev.paybridge.domain.tenant.Scope;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A new invoice as sent (text fields checked by the service), a draft or finalized at once, maybe idempotent. */
public record CreateInvoiceCommand(
        Scope scope,
        Customer customer,
        String currency,
        String dueDate,
        List<NewLineItem> lineItems,
        Map<String, String> metadata,
        boolean finalizeNow,
        Optional<IdempotencyKey> idempotencyKey) {
    public CreateInvoiceCommand {
        Objects.requireNonNull(scope, "scope");
        lineItems = List.copyOf(lineItems);
        metadata = Map.copyOf(metadata);
    }

    /** The client's key and a fingerprint of the request it came with. */
    public record IdempotencyKey(String key, String fingerprint) {
    }
}
