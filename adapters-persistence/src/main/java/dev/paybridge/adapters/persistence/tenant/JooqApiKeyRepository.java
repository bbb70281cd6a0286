package dev.paybridge.adapters.persistence.tenant;

import static dev.paybridge.adapters.persistence.generated.Tables.API_KEYS;

import dev.paybridge.adapters.persistence.generated.tables.records.ApiKeysRecord;
import dev.paybridge.adapters.persistence.jooq.Timestamps;
import dev.paybridge.application.port.out.persistence.ApiKeyRepository;
import dev.paybridge.domain.tenant.ApiKey;
import dev.paybridge.domain.tenant.ApiKeyId;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** API keys in PostgreSQL, found by the hash of their plaintext. */
public final class JooqApiKeyRepository implements ApiKeyRepository {
    private final DSLContext dsl;

    @Inject
    public JooqApiKeyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void insert(ApiKey key) {
        dsl.insertInto(API_KEYS)
                .set(API_KEYS.TENANT_ID, key.scope().tenantId().value())
                .set(API_KEYS.ID, key.id().value())
                .set(API_KEYS.ENVIRONMENT_ID, key.scope().environmentId().value())
                .set(API_KEYS.NAME, key.name())
                .set(API_KEYS.KEY_HASH, key.keyHash())
                .set(API_KEYS.CREATED_AT, Timestamps.toColumn(key.createdAt()))
                .set(API_KEYS.REVOKED_AT, Timestamps.toColumn(key.revokedAt()))
                .execute();
    }

    @Override
    public Optional<ApiKey> findByHash(String keyHash) {
        return dsl.selectFrom(API_KEYS).where(API_KEYS.KEY_HASH.eq(keyHash)).fetchOptional(JooqApiKeyRepository::apiKey);
    }

    @Override
    public Optional<ApiKey> find(ApiKeyId id) {
        return dsl.selectFrom(API_KEYS).where(API_KEYS.ID.eq(id.value())).fetchOptional(JooqApiKeyRepository::apiKey);
    }

    @Override
    public void revoke(ApiKeyId id, Instant at) {
        dsl.update(API_KEYS)
                .set(API_KEYS.REVOKED_AT, Timestamps.toColumn(at))
                .where(API_KEYS.ID.eq(id.value()), API_KEYS.REVOKED_AT.isNull())
                .execute();
    }

    private static ApiKey apiKey(ApiKeysRecord row) {
        Scope scope = new Scope(new TenantId(row.getTenantId()), new EnvironmentId(row.getEnvironmentId()));
        return new ApiKey(new ApiKeyId(row.getId()), scope, row.getName(), row.getKeyHash(),
                Timestamps.fromColumn(row.getCreatedAt()), Timestamps.fromColumn(row.getRevokedAt()));
    }
}
