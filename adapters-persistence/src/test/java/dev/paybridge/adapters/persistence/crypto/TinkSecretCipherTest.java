package dev.paybridge.adapters.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paybridge.application.port.out.crypto.SecretBinding;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.ConnectionSecrets;
import dev.paybridge.domain.connection.SealedSecrets;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TinkSecretCipherTest {
    private final TinkSecretCipher cipher = new TinkSecretCipher(TinkKeysets.ephemeral());
    private final ConnectionSecrets secrets = ConnectionSecrets.of(
            Map.of("secret_key", "sk_test_abcdefghijkl1a2b", "webhook_secret", "hook-secret"));
    private final SecretBinding binding = new SecretBinding(
            new Scope(TenantId.generate(), EnvironmentId.generate()), ConnectionId.generate());

    @Test
    void sealed_secrets_open_again_with_the_same_binding() {
        SealedSecrets sealed = cipher.seal(secrets, binding);
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1))
                .doesNotContain("sk_test_abcdefghijkl1a2b", "hook-secret");
        assertThat(cipher.open(sealed, binding)).isEqualTo(secrets);
    }

    @Test
    void a_ciphertext_moved_to_another_connection_does_not_open() {
        SealedSecrets sealed = cipher.seal(secrets, binding);
        SecretBinding elsewhere = new SecretBinding(binding.scope(), ConnectionId.generate());
        assertThatThrownBy(() -> cipher.open(sealed, elsewhere)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("sk_test");
    }

    @Test
    void a_tampered_ciphertext_does_not_open() {
        byte[] bytes = cipher.seal(secrets, binding).ciphertext();
        bytes[bytes.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.open(new SealedSecrets(bytes), binding)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_created_keyset_file_is_private_and_reads_back(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/master-keyset.json");
        SealedSecrets sealed = new TinkSecretCipher(TinkKeysets.create(file)).seal(secrets, binding);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new TinkSecretCipher(TinkKeysets.read(file)).open(sealed, binding)).isEqualTo(secrets);
        assertThatThrownBy(() -> TinkKeysets.create(file)).hasMessageContaining("already exists");
    }
}
