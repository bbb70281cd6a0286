package dev.paybridge.benchmarks.micro;

import dev.paybridge.adapters.moyasar.MoyasarProvider;
import dev.paybridge.application.spi.GatewaySettings;
import dev.paybridge.application.spi.PaymentGateway;
import dev.paybridge.application.spi.WebhookVerification;
import dev.paybridge.domain.connection.ConnectionSecrets;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pure part of a webhook: the Moyasar plugin parses a {@code payment_paid} delivery, checks its secret (and, in
 * the signed case, its HMAC) and reads the payment, through the SPI as the core calls it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WebhookVerificationBenchmark {
    private static final String SECRET = "whsec_benchmark_secret_1";
    private PaymentGateway gateway;
    private byte[] body;
    private byte[] wrongSecretBody;
    private Map<String, List<String>> signed;

    @Setup
    public void open() {
        MoyasarProvider provider = new MoyasarProvider();
        provider.configure(new GatewaySettings("PAYBRIDGE_MOYASAR_", Map.of("base_url", "http://127.0.0.1:9"),
                Duration.ofSeconds(5)));
        gateway = provider.open(ConnectionSecrets.of(Map.of("secret_key", "sk_test_benchmarkbenchmark0001",
                "webhook_secret", SECRET)));
        String event = MicroFixtures.paymentPaid(SECRET);
        body = event.getBytes(StandardCharsets.UTF_8);
        wrongSecretBody = MicroFixtures.paymentPaid("whsec_not_the_secret").getBytes(StandardCharsets.UTF_8);
        signed = Map.of("x-moyasar-signature", List.of(MicroFixtures.hmacSha256Hex(SECRET, body)));
        requireVerified(gateway.verifyAndParseWebhook(Map.of(), body));
        requireVerified(gateway.verifyAndParseWebhook(signed, body));
    }

    @Benchmark
    public WebhookVerification verifyAndParse() {
        return gateway.verifyAndParseWebhook(Map.of(), body);
    }

    @Benchmark
    public WebhookVerification verifyAndParseSigned() {
        return gateway.verifyAndParseWebhook(signed, body);
    }

    @Benchmark
    public WebhookVerification refuseWrongSecret() {
        return gateway.verifyAndParseWebhook(Map.of(), wrongSecretBody);
    }

    private static void requireVerified(WebhookVerification verdict) {
        if (!(verdict instanceof WebhookVerification.Verified)) {
            throw new IllegalStateException("the benchmark's event does not verify: " + verdict);
        }
    }
}
