package dev.paybridge.domain.invoice;

import dev.paybridge.domain.id.RandomIds;
import dev.paybridge.domain.id.TypedId;
import java.util.Optional;

/** Identifies an invoice ({@code inv_…}). */
public record InvoiceId(String value) {
    public static final String PREFIX = "inv";

    public InvoiceId {
        TypedId.require(value, PREFIX);
    }

    public static InvoiceId generate() {
        return new InvoiceId(RandomIds.next(PREFIX));
    }

    public static Optional<InvoiceId> parse(String value) {
        return TypedId.parse(value, PREFIX, InvoiceId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
