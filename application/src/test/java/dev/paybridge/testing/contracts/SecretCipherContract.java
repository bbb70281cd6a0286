package dev.paybridge.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paybridge.application.port.out.crypto.SecretBinding;
import dev.paybridge.application.port.out.crypto.SecretCipher;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.ConnectionSecrets;
import dev.paybridge.domain.connection.SealedSecrets;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@code SecretCipher} does: seals reversibly, hides the values, opens only with the same binding. */
public abstract class SecretCipherContract {
    private final ConnectionSecrets secrets = ConnectionSecrets.of(
            Map.of("api_key", "fk_test_abcdefghijkl1a2b", "webhook_secret", "hook-secret"));
    private final SecretBinding binding = new SecretBinding(new Scope(TenantId.generate(), EnvironmentId.generate()),
            ConnectionId.generate());

    protected abstract SecretCipher cipher();

    @Test
    void sealed_secrets_open_again_with_the_same_binding() {
        assertThat(cipher().open(cipher().seal(secrets, binding), binding)).isEqualTo(secrets);
    }

    @Test
    void the_ciphertext_does_not_show_the_values() {
        String sealed = new String(cipher().seal(secrets, binding).ciphertext(), StandardCharsets.ISO_8859_1);
        assertThat(sealed).doesNotContain("fk_test_abcdefghijkl1a2b", "hook-secret", "api_key");
    }

    @Test
    void sealing_twice_gives_two_ciphertexts() {
        assertThat(cipher().seal(secrets, binding)).isNotEqualTo(cipher().seal(secrets, binding));
    }

    @Test
    void a_ciphertext_moved_to_another_connection_environment_or_tenant_does_not_open() {
        SealedSecrets sealed = cipher().seal(secrets, binding);
        Scope scope = binding.scope();
        for (SecretBinding elsewhere : new SecretBinding[] {
            new SecretBinding(scope, ConnectionId.generate()),
            new SecretBinding(new Scope(scope.tenantId(), EnvironmentId.generate()), binding.connectionId()),
            new SecretBinding(new Scope(TenantId.generate(), scope.environmentId()), binding.connectionId())}) {
            assertThatThrownBy(() -> cipher().open(sealed, elsewhere)).isInstanceOf(IllegalStateException.class)
                    .hasMessageNotContaining("fk_test");
        }
    }

    @Test
    void a_tampered_ciphertext_does_not_open() {
        byte[] bytes = cipher().seal(secrets, binding).ciphertext();
        bytes[bytes.length / 2] ^= 1;
        assertThatThrownBy(() -> cipher().open(new SealedSecrets(bytes), binding))
                .isInstanceOf(IllegalStateException.class);
    }
}
