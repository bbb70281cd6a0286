package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuthenticatorTest {

    @Test
    void reads_the_key_from_basic_credentials_with_an_empty_password() {
        assertThat(Authenticator.apiKey(SimulatorHttp.basic("sk_test_abc"))).hasValue("sk_test_abc");
        assertThat(Authenticator.apiKey("Bearer sk_test_abc")).isEmpty();
        assertThat(Authenticator.apiKey("Basic !!!")).isEmpty();
        assertThat(Authenticator.apiKey(null)).isEmpty();
    }

    @Test
    void redacts_a_key_to_its_prefix() {
        assertThat(Authenticator.redact(SimulatorHttp.basic("sk_live_secret123"))).isEqualTo("Basic sk_live_…");
        assertThat(Authenticator.redact("Bearer token")).isEqualTo("[redacted]");
    }

    @Test
    void accounts_need_well_formed_keys_of_one_mode() {
        assertThatThrownBy(() -> new SimulatedAccount("A", "sk_test_x", "pk_live_x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimulatedAccount("A", "secret", "pk_test_x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SimulatedAccount("A", "sk_live_x", "pk_live_x").live()).isTrue();
    }
}
