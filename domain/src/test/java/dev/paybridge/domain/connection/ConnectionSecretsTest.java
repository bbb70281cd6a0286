package dev.paybridge.domain.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionSecretsTest {

    @Test
    void to_string_never_shows_a_secret_value() {
        ConnectionSecrets secrets = ConnectionSecrets.of(Map.of("secret_key", "sk_test_abcdef123456", "webhook_secret", "whsec_42"));
        assertThat(secrets.toString()).contains("secret_key", "webhook_secret")
                .doesNotContain("sk_test_abcdef123456", "whsec_42", "abcdef");
    }

    @Test
    void rotation_replaces_only_the_fields_given() {
        ConnectionSecrets before = ConnectionSecrets.of(Map.of("secret_key", "old", "webhook_secret", "hook"));
        ConnectionSecrets after = before.with(Map.of("secret_key", "new"));
        assertThat(after.asMap()).containsExactlyInAnyOrderEntriesOf(Map.of("secret_key", "new", "webhook_secret", "hook"));
        assertThat(before.value("secret_key")).contains("old");
    }
}
