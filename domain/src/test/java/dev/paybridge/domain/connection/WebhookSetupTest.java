package dev.paybridge.domain.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSetupTest {
    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    @Test
    void a_registration_answer_that_arrives_after_the_challenge_was_answered_keeps_the_webhook_verified() {
        WebhookSetup answered = WebhookSetup.initial(WebhookSetup.Mode.AUTOMATIC).challenged("wh_1").verified(NOW);

        WebhookSetup registered = answered.registered("wh_1", List.of("payment_paid"), false, NOW.plusSeconds(1));

        assertThat(registered.state()).isEqualTo(WebhookSetup.State.VERIFIED);
        assertThat(registered.verifiedAt()).isEqualTo(NOW);
        assertThat(registered.events()).containsExactly("payment_paid");
    }

    @Test
    void a_registration_of_another_webhook_awaits_its_own_verification() {
        WebhookSetup answered = WebhookSetup.initial(WebhookSetup.Mode.AUTOMATIC).challenged("wh_1").verified(NOW);

        WebhookSetup registered = answered.registered("wh_2", List.of("payment_paid"), false, NOW.plusSeconds(1));

        assertThat(registered.state()).isEqualTo(WebhookSetup.State.AWAITING_VERIFICATION);
        assertThat(registered.verifiedAt()).isNull();
    }
}
