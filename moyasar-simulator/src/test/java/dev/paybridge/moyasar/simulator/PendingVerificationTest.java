package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingVerificationTest {

    private static final Instant SENT = Instant.parse("2026-01-15T10:05:12Z");

    @Test
    void issues_six_digit_codes() {
        for (int i = 0; i < 50; i++) {
            assertThat(PendingVerification.issue(SENT).code()).matches("\\d{6}");
        }
    }

    @Test
    void accepts_the_right_code_for_thirty_minutes() {
        PendingVerification pending = new PendingVerification("482913", SENT, 0);

        assertThat(pending.accepts("482913", SENT.plusSeconds(30 * 60 - 1))).isTrue();
        assertThat(pending.accepts("482913", SENT.plusSeconds(30 * 60))).isFalse();
        assertThat(pending.accepts("482914", SENT)).isFalse();
    }

    @Test
    void refuses_even_the_right_code_after_five_wrong_ones() {
        PendingVerification pending = new PendingVerification("482913", SENT, 0);
        for (int i = 0; i < 4; i++) {
            pending = pending.afterWrongAttempt();
        }
        assertThat(pending.accepts("482913", SENT)).isTrue();

        PendingVerification exhausted = pending.afterWrongAttempt();

        assertThat(exhausted.wrongAttempts()).isEqualTo(5);
        assertThat(exhausted.usable(SENT)).isFalse();
        assertThat(exhausted.accepts("482913", SENT)).isFalse();
    }
}
