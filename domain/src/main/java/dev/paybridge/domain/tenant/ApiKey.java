package dev.paybridge.domain.tenant;

import java.time.Instant;
import java.util.Objects;

/** A tenant's API key, bound to one environment; identified by the hash of its plaintext. */
public record ApiKey(ApiKeyId id, Scope scope, String name, String keyHash, Instant createdAt, Instant revokedAt) {
    public static final int MAX_NAME_LENGTH = 200;

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyHash, "keyHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
