package dev.paybridge.adapters.moyasar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.spi.CredentialCheck;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.domain.connection.GatewayMode;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class MoyasarCredentialsTest {
    private final MoyasarProvider provider = new MoyasarProvider();

    @Test
    void is_found_through_the_service_loader() {
        assertThat(ServiceLoader.load(PaymentGatewayProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(MoyasarProvider.class);
    }

    @Test
    void the_secret_key_decides_the_mode() {
        assertThat(provider.checkCredentials(Map.of("secret_key", "sk_test_abcdef123456", "webhook_secret", "whsec_123")))
                .isEqualTo(new CredentialCheck.Accepted(GatewayMode.TEST));
        assertThat(provider.checkCredentials(Map.of("secret_key", "sk_live_abcdef123456", "webhook_secret", "whsec_123",
                "publishable_key", "pk_live_abcdef123456"))).isEqualTo(new CredentialCheck.Accepted(GatewayMode.LIVE));
    }

    @Test
    void refuses_a_publishable_key_in_the_secret_key_field() {
        CredentialCheck check = provider.checkCredentials(
                Map.of("secret_key", "pk_test_abcdef123456", "webhook_secret", "whsec_123"));
        assertThat(((CredentialCheck.Refused) check).fieldErrors().get("secret_key").get(0))
                .contains("publishable key").doesNotContain("abcdef123456");
    }

    @Test
    void refuses_a_publishable_key_of_the_other_mode() {
        CredentialCheck check = provider.checkCredentials(Map.of("secret_key", "sk_test_abcdef123456",
                "publishable_key", "pk_live_abcdef123456", "webhook_secret", "whsec_123"));
        assertThat(((CredentialCheck.Refused) check).fieldErrors()).containsOnlyKeys("publishable_key");
    }

    @Test
    void refuses_malformed_keys_and_short_webhook_secrets() {
        CredentialCheck check = provider.checkCredentials(Map.of("secret_key", "sk_test_", "publishable_key", "pk_x",
                "webhook_secret", "short"));
        assertThat(((CredentialCheck.Refused) check).fieldErrors())
                .containsOnlyKeys("secret_key", "publishable_key", "webhook_secret");
    }
}
