package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultRuleTest {

    private final FaultInjector faults = new FaultInjector();

    @Test
    void matches_exact_paths_single_segment_wildcards_and_trailing_globs() {
        FaultRule exact = faults.on("POST", "/v1/invoices");
        FaultRule oneSegment = faults.on("get", "/v1/invoices/{id}");
        FaultRule star = faults.on("*", "/v1/payments/*/refund");
        FaultRule rest = faults.on("*", "/v1/webhooks/**");

        assertThat(exact.matches("POST", "/v1/invoices")).isTrue();
        assertThat(exact.matches("GET", "/v1/invoices")).isFalse();
        assertThat(exact.matches("POST", "/v1/invoices/bulk")).isFalse();
        assertThat(oneSegment.matches("GET", "/v1/invoices/abc")).isTrue();
        assertThat(oneSegment.matches("GET", "/v1/invoices/abc/cancel")).isFalse();
        assertThat(star.matches("POST", "/v1/payments/p1/refund")).isTrue();
        assertThat(rest.matches("DELETE", "/v1/webhooks/w1")).isTrue();
        assertThat(rest.matches("GET", "/v1/webhooks")).isTrue();
    }

    @Test
    void applies_a_limited_number_of_times_then_lets_requests_through() {
        faults.on("GET", "/v1/invoices").status(503).times(2);

        assertThat(faults.claim("GET", "/v1/invoices")).isPresent();
        assertThat(faults.claim("GET", "/v1/invoices")).isPresent();
        assertThat(faults.claim("GET", "/v1/invoices")).isEmpty();
    }

    @Test
    void the_first_matching_rule_with_uses_left_wins() {
        FaultRule once = faults.on("*", "/v1/**").status(500).once();
        FaultRule always = faults.on("*", "/v1/**").latency(Duration.ofMillis(5));

        assertThat(faults.claim("GET", "/v1/payments")).containsSame(once);
        assertThat(faults.claim("GET", "/v1/payments")).containsSame(always);
    }

    @Test
    void describes_itself_for_the_request_log() {
        assertThat(faults.on("*", "/v1/**").latency(Duration.ofMillis(100)).status(503).afterProcessing().describe())
                .isEqualTo("latency 100ms, status 503 after processing");
        assertThat(faults.on("*", "/v1/**").drop().describe()).isEqualTo("drop");
    }

    @Test
    void refuses_statuses_that_are_not_errors_and_patterns_without_a_slash() {
        assertThatThrownBy(() -> faults.on("*", "/v1").status(200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.on("*", "v1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.on("*", "/v1").times(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
