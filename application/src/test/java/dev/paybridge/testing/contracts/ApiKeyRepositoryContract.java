package dev.paybridge.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paybridge.domain.tenant.ApiKey;
import dev.paybridge.domain.tenant.ApiKeyId;
import dev.paybridge.domain.tenant.ApiKeySecret;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What every {@code ApiKeyRepository} does. */
public abstract class ApiKeyRepositoryContract extends PersistenceContract {

    @Test
    void finds_a_key_by_its_hash_and_by_its_id() {
        ApiKey key = newKey(newScope());
        assertThat(ports().apiKeys().findByHash(key.keyHash())).contains(key);
        assertThat(ports().apiKeys().find(key.id())).contains(key);
        assertThat(ports().apiKeys().findByHash(ApiKeySecret.generate().hash())).isEmpty();
        assertThat(ports().apiKeys().find(ApiKeyId.generate())).isEmpty();
    }

    @Test
    void a_key_is_revoked_once_and_keeps_its_first_revocation_time() {
        ApiKey key = newKey(newScope());
        ports().apiKeys().revoke(key.id(), now.plusSeconds(1));
        ports().apiKeys().revoke(key.id(), now.plusSeconds(2));
        assertThat(ports().apiKeys().find(key.id()).orElseThrow().revokedAt()).isEqualTo(now.plusSeconds(1));
    }

    @Test
    void a_key_hash_is_stored_once() {
        Scope scope = newScope();
        ApiKey key = newKey(scope);
        ApiKey sameHash = new ApiKey(ApiKeyId.generate(), scope, "copy", key.keyHash(), now, null);
        assertThatThrownBy(() -> ports().apiKeys().insert(sameHash)).isInstanceOf(RuntimeException.class);
        assertThat(ports().apiKeys().find(sameHash.id())).isEmpty();
    }

    @Test
    void a_key_belongs_to_an_existing_environment() {
        ApiKey orphan = new ApiKey(ApiKeyId.generate(), new Scope(TenantId.generate(), EnvironmentId.generate()), "ci",
                ApiKeySecret.generate().hash(), now, null);
        assertThatThrownBy(() -> ports().apiKeys().insert(orphan)).isInstanceOf(RuntimeException.class);
    }

    private ApiKey newKey(Scope scope) {
        ApiKey key = new ApiKey(ApiKeyId.generate(), scope, "ci", ApiKeySecret.generate().hash(),
                now.plus(Duration.ofMillis(1)), null);
        ports().apiKeys().insert(key);
        return key;
    }
}
