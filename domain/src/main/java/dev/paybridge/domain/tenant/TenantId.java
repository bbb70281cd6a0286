package dev.paybridge.domain.tenant;

import dev.paybridge.domain.id.RandomIds;
import dev.paybridge.domain.id.TypedId;
import java.util.Optional;

/** Identifies a tenant ({@code tenant_…}). */
public record TenantId(String value) {
    public static final String PREFIX = "tenant";

    public TenantId {
        TypedId.require(value, PREFIX);
    }

    public static TenantId generate() {
        return new TenantId(RandomIds.next(PREFIX));
    }

    public static Optional<TenantId> parse(String value) {
        return TypedId.parse(value, PREFIX, TenantId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
