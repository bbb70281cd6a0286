package dev.paybridge.moyasar.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Mutable payment state inside {@link SimulatorState}; guarded by its lock and read through snapshots. */
final class StoredPayment {

    final String id;
    final long sequence;
    final StoredAccount owner;
    final StoredInvoice invoice;
    final long amount;
    final String currency;
    String description;
    final String ip;
    final String callbackUrl;
    final Instant createdAt;
    final CardSource source;
    final Map<String, String> metadata = new LinkedHashMap<>();
    PaymentStatus status;
    long fee;
    long refunded;
    Instant refundedAt;
    long captured;
    Instant capturedAt;
    Instant voidedAt;
    Instant updatedAt;

    StoredPayment(String id, long sequence, StoredAccount owner, StoredInvoice invoice, PaymentRequest request,
                  CardSource source, Instant createdAt) {
        this.id = id;
        this.sequence = sequence;
        this.owner = owner;
        this.invoice = invoice;
        this.amount = request.amount();
        this.currency = request.currency();
        this.description = request.description();
        this.ip = request.ip();
        this.callbackUrl = request.callbackUrl();
        this.metadata.putAll(request.metadata());
        this.source = source;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    Payment snapshot() {
        return new Payment(id, status, amount, fee, currency, refunded, refundedAt, captured, capturedAt, voidedAt,
                description, invoice == null ? null : invoice.id, ip, callbackUrl, createdAt, updatedAt, metadata,
                source);
    }
}
