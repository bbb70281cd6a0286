package dev.paybridge.adapters.http.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpMetricsTest {

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"})
    void a_standard_method_is_its_own_label(String method) {
        assertThat(HttpMetrics.methodLabel(method)).isEqualTo(method);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XQZWERTY", "get", "PROPFIND", "", "GET "})
    void any_other_method_name_is_one_label(String method) {
        assertThat(HttpMetrics.methodLabel(method)).isEqualTo("OTHER");
    }
}
