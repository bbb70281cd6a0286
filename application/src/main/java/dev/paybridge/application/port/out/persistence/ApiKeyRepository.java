package dev.paybridge.application.port.out.persistence;

import dev.paybridge.domain.tenant.ApiKey;
import dev.paybridge.domain.tenant.ApiKeyId;
import java.time.Instant;
import java.util.Optional;

/** Stores API keys by the hash of their plaintext. */
public interface ApiKeyRepository {

    void insert(ApiKey key);

    Optional<ApiKey> findByHash(String keyHash);

    Optional<ApiKey> find(ApiKeyId id);

    /** Marks the key revoked at {@code at} unless it already is. */
    void revoke(ApiKeyId id, Instant at);
}
