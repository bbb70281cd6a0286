package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The documented webhook deliveries and the verify examples of Moyasar's docs, against a simulator in verification
 * mode and a receiver (fixtures under fidelity/).
 */
class WebhookEventFidelityIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    /** The shared secret of the docs' examples, which comes back as secret_token. */
    private static final String DOCUMENTED_SECRET = "123";

    private MoyasarSimulator simulator;
    private SimulatorHttp http;
    private WebhookReceiver receiver;
    private SimulatedAccount account;

    @BeforeEach
    void start() {
        simulator = MoyasarSimulator.start(SimulatorOptions.defaults().withWebhookVerification(true));
        http = new SimulatorHttp(simulator);
        receiver = new WebhookReceiver();
        account = simulator.createAccount();
    }

    @AfterEach
    void stop() {
        simulator.close();
        receiver.close();
    }

    @Test
    void the_verification_event() {
        Webhook webhook = register();

        JsonNode event = receiver.await(1, WAIT).get(0).json();

        DocExample.load("event-webhook-verification").assertMatches(event);
        assertThat(event.at("/data/webhook_id").asText()).isEqualTo(webhook.id());
        assertThat(event.at("/data/verification_code").asText()).matches("\\d{6}");
    }

    @Test
    void verify_with_the_right_code() {
        Webhook webhook = register();
        String code = receiver.await(1, WAIT).get(0).json().at("/data/verification_code").asText();
        DocExample example = DocExample.load("webhook-verify");
        JsonNode body = example.requestBody();
        ((ObjectNode) body).put("code", code);

        example.assertAnswer(example.replay(http, account.secretKey(), Map.of("webhook_id", webhook.id()), body));
    }

    @Test
    void verify_with_a_wrong_code() {
        Webhook webhook = register();
        String code = receiver.await(1, WAIT).get(0).json().at("/data/verification_code").asText();
        DocExample example = DocExample.load("webhook-verify-wrong-code");
        JsonNode body = example.requestBody();
        if (body.get("code").asText().equals(code)) {
            ((ObjectNode) body).put("code", code.equals("000000") ? "1" : "0");
        }

        example.assertAnswer(example.replay(http, account.secretKey(), Map.of("webhook_id", webhook.id()), body));
    }

    @Test
    void a_payment_paid_delivery() {
        Webhook webhook = register();
        String code = receiver.await(1, WAIT).get(0).json().at("/data/verification_code").asText();
        http.post("/v1/webhooks/" + webhook.id() + "/verify", account.secretKey(), "{\"code\":\"" + code + "\"}");
        String invoiceId = http.post("/v1/invoices", account.secretKey(), Bodies.invoice(60000)).json().get("id")
                .asText();
        Payment payment = simulator.payInvoice(invoiceId, "4111111111111111");

        JsonNode event = receiver.await(2, WAIT).get(1).json();

        DocExample.load("event-payment-paid").assertMatches(event);
        assertThat(event.at("/data/id").asText()).isEqualTo(payment.id());
        assertThat(event.get("account_name").asText()).isEqualTo(account.name());
    }

    private Webhook register() {
        return simulator.registerWebhook(account.secretKey(), receiver.url(), DOCUMENTED_SECRET,
                List.of("payment_paid", "payment_failed"));
    }
}
