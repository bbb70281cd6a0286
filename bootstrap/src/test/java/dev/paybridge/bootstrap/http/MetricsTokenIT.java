package dev.paybridge.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.bootstrap.testing.ApiClient;
import dev.paybridge.bootstrap.testing.RunningService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricsTokenIT {
    private static final String TOKEN = "metrics-scraper-token-42";
    private static RunningService service;

    @BeforeAll
    static void startService() {
        service = RunningService.start(Map.of("PAYBRIDGE_METRICS_TOKEN", TOKEN));
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/metrics", "/metrics/"})
    void metrics_need_the_metrics_token_when_one_is_set(String path) {
        ApiClient.Answer anonymous = service.anonymous().get(path);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.text("code")).isEqualTo("unauthorized");
        assertThat(anonymous.body()).doesNotContain("jvm_");

        assertThat(withToken("wrong-" + TOKEN).get(path).status()).isEqualTo(401);
        assertThat(service.admin().get(path).status()).as("the admin token is another token").isEqualTo(401);

        ApiClient.Answer scraped = withToken(TOKEN).get(path);
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        assertThat(service.anonymous().get("/health").status()).isEqualTo(200);
    }

    private static ApiClient withToken(String token) {
        return new ApiClient(service.baseUrl(), List.of("Authorization", "Bearer " + token));
    }
}
