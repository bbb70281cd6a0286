package dev.paybridge.domain.tenant;

import dev.paybridge.domain.id.RandomIds;
import dev.paybridge.domain.id.TypedId;
import java.util.Optional;

/** Identifies an API key ({@code key_…}). */
public record ApiKeyId(String value) {
    public static final String PREFIX = "key";

    public ApiKeyId {
        TypedId.require(value, PREFIX);
    }

    public static ApiKeyId generate() {
        return new ApiKeyId(RandomIds.next(PREFIX));
    }

    public static Optional<ApiKeyId> parse(String value) {
        return TypedId.parse(value, PREFIX, ApiKeyId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
