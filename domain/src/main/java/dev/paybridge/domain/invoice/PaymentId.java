package dev.paybridge.domain.invoice;

import dev.paybridge.domain.id.RandomIds;
import dev.paybridge.domain.id.TypedId;
import java.util.Optional;

/** Identifies a payment recorded from a gateway ({@code pay_…}). */
public record PaymentId(String value) {
    public static final String PREFIX = "pay";

    public PaymentId {
        TypedId.require(value, PREFIX);
    }

    public static PaymentId generate() {
        return new PaymentId(RandomIds.next(PREFIX));
    }

    public static Optional<PaymentId> parse(String value) {
        return TypedId.parse(value, PREFIX, PaymentId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
