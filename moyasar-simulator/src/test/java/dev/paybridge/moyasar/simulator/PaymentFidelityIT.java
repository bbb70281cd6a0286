package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The payment examples of Moyasar's docs, replayed against the simulator (fixtures under fidelity/). */
class PaymentFidelityIT extends SimulatorFixture {

    @Test
    void fetch_payment() {
        String paymentId = paidPayment(60000);
        DocExample example = DocExample.load("payment-fetch");

        JsonNode payment = example.assertAnswer(example.replay(http, account.secretKey(),
                Map.of("payment_id", paymentId)));

        assertThat(payment.at("/source/number").asText()).isEqualTo("4111-11XX-XXXX-1111");
    }

    @Test
    void update_payment() {
        String paymentId = paidPayment(4866);
        DocExample example = DocExample.load("payment-update");

        example.assertAnswer(example.replay(http, account.secretKey(), Map.of("payment_id", paymentId)));
    }

    @Test
    void refund_payment() {
        String paymentId = paidPayment(60000);
        DocExample example = DocExample.load("payment-refund");

        JsonNode payment = example.assertAnswer(example.replay(http, account.secretKey(),
                Map.of("payment_id", paymentId)));

        assertThat(payment.get("refunded_at").asText()).isNotBlank();
    }

    private String paidPayment(long amount) {
        String invoiceId = http.post("/v1/invoices", account.secretKey(), Bodies.invoice(amount)
                .put("callback_url", "https://merchant.example/moyasar/callback")).json().get("id").asText();
        return simulator.payInvoice(invoiceId, "4111111111111111").id();
    }
}
