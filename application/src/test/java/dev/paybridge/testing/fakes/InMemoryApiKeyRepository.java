package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.out.persistence.ApiKeyRepository;
import dev.paybridge.domain.tenant.ApiKey;
import dev.paybridge.domain.tenant.ApiKeyId;
import java.time.Instant;
import java.util.Optional;

/** API keys in memory, unique by id and by hash, each in an existing environment. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {
    private final InMemoryStore store;

    public InMemoryApiKeyRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void insert(ApiKey key) {
        store.run(() -> {
            store.requireEnvironment(key.scope(), "api_keys_environment_fk");
            if (store.apiKeys.contains(key.id().value())) {
                throw new ConstraintViolation("api_keys_id_uk");
            }
            if (store.apiKeys.any(other -> other.keyHash().equals(key.keyHash()))) {
                throw new ConstraintViolation("api_keys_hash_uk");
            }
            store.apiKeys.put(key.id().value(), new ApiKey(key.id(), key.scope(), key.name(), key.keyHash(),
                    Micros.of(key.createdAt()), Micros.of(key.revokedAt())));
        });
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return store.statement(() -> store.apiKeys.where(key -> key.keyHash().equals(keyHash)).stream().findFirst());
    }

    @Override
    public Optional<ApiKey> find(ApiKeyId id) {
        return store.statement(() -> store.apiKeys.get(id.value()));
    }

    @Override
    public void revoke(ApiKeyId id, Instant at) {
        store.run(() -> store.apiKeys.get(id.value()).filter(key -> !key.isRevoked()).ifPresent(key ->
                store.apiKeys.put(id.value(), new ApiKey(key.id(), key.scope(), key.name(), key.keyHash(),
                        key.createdAt(), Micros.of(at)))));
    }
}
