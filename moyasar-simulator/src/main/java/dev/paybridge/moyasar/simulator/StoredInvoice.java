package dev.paybridge.moyasar.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mutable invoice state inside {@link SimulatorState}; guarded by its lock and read through snapshots. */
final class StoredInvoice {

    final String id;
    final long sequence;
    final StoredAccount owner;
    final String url;
    final Instant createdAt;
    final Map<String, String> metadata = new LinkedHashMap<>();
    final List<StoredPayment> payments = new ArrayList<>();
    long amount;
    String currency;
    String description;
    String callbackUrl;
    String successUrl;
    String backUrl;
    Instant expiredAt;
    Instant updatedAt;
    Instant paidAt;
    InvoiceStatus status = InvoiceStatus.INITIATED;

    StoredInvoice(String id, long sequence, StoredAccount owner, String url, Instant createdAt) {
        this.id = id;
        this.sequence = sequence;
        this.owner = owner;
        this.url = url;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** The status as read at {@code now}: an initiated invoice whose {@code expired_at} passed reads expired. */
    InvoiceStatus statusAt(Instant now) {
        if (status == InvoiceStatus.INITIATED && expiredAt != null && !now.isBefore(expiredAt)) {
            return InvoiceStatus.EXPIRED;
        }
        return status;
    }

    Invoice snapshot(Instant now) {
        return new Invoice(id, statusAt(now), amount, currency, description, null, url, callbackUrl, successUrl,
                backUrl, expiredAt, createdAt, updatedAt, paidAt,
                payments.stream().map(StoredPayment::snapshot).toList(), metadata);
    }
}
