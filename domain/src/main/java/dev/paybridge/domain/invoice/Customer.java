package dev.paybridge.domain.invoice;

import java.util.Objects;

/** Who an invoice is for, as the billing platform knows them. */
public record Customer(String externalId, String name, String email) {
    public Customer {
        Objects.requireNonNull(externalId, "externalId");
    }
}
