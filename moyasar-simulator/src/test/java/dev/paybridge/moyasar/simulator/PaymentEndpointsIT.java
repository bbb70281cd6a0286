package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentEndpointsIT extends SimulatorFixture {

    private static final List<String> PAYMENT_FIELDS = List.of("id", "status", "amount", "fee", "currency",
            "refunded", "refunded_at", "captured", "captured_at", "voided_at", "description", "amount_format",
            "fee_format", "refunded_format", "captured_format", "invoice_id", "ip", "callback_url", "created_at",
            "updated_at", "metadata", "source");
    private static final List<String> SOURCE_FIELDS = List.of("type", "company", "name", "number", "gateway_id",
            "reference_number", "token", "message", "response_code", "transaction_url");

    @ParameterizedTest
    @CsvSource({"4201320111111010, mada", "4111111111111111, visa", "5421080101000000, master",
            "340000000900000, amex"})
    void approving_test_cards_pay_the_invoice(String card, String company) {
        String invoiceId = invoice(12550);

        Payment payment = simulator.payInvoice(invoiceId, card);
        JsonNode json = http.get("/v1/payments/" + payment.id(), account.secretKey()).json();

        assertThat(json.get("status").asText()).isEqualTo("paid");
        assertThat(json.at("/source/company").asText()).isEqualTo(company);
        assertThat(json.at("/source/message").asText()).isEqualTo("APPROVED");
        assertThat(json.at("/source/response_code").asText()).isEqualTo("00");
        assertThat(json.at("/source/number").asText()).isEqualTo(CardMask.mask(card))
                .startsWith(card.substring(0, 4) + "-" + card.substring(4, 6)).endsWith(card.substring(card.length() - 3));
        assertThat(fetchInvoice(invoiceId).get("status").asText()).isEqualTo("paid");
    }

    @ParameterizedTest
    @CsvSource({"4123120000000000, UNSPECIFIED FAILURE, 99", "4123120001090000, INSUFFICIENT FUNDS, 51",
            "4123120001090109, DECLINED, 05", "4201320000311101, INSUFFICIENT FUNDS, 51",
            "5105105105105100, UNSPECIFIED FAILURE, 99", "4000000000000002, UNSPECIFIED FAILURE, 99"})
    void declining_and_unlisted_cards_fail_and_leave_the_invoice_payable(String card, String message, String code) {
        String invoiceId = invoice(5000);

        Payment failed = simulator.payInvoice(invoiceId, card);

        assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(failed.source().message()).isEqualTo(message);
        assertThat(failed.source().responseCode()).isEqualTo(code);
        assertThat(fetchInvoice(invoiceId).get("status").asText()).isEqualTo("initiated");
        assertThat(simulator.payInvoice(invoiceId, "4111111111111111").status()).isEqualTo(PaymentStatus.PAID);
        JsonNode invoice = fetchInvoice(invoiceId);
        assertThat(invoice.get("status").asText()).isEqualTo("paid");
        assertThat(invoice.get("payments")).hasSize(2);
    }

    @Test
    void a_payment_carries_every_documented_field_and_the_invoice_metadata() {
        ObjectNode body = Bodies.invoice(12550).put("callback_url", "https://merchant.example/cb");
        body.putObject("metadata").put("paybridge_invoice_id", "inv_9");
        String invoiceId = http.post("/v1/invoices", account.secretKey(), body).json().get("id").asText();
        String paymentId = simulator.payInvoice(invoiceId, "4111111111111111").id();

        JsonNode payment = http.get("/v1/payments/" + paymentId, account.secretKey()).json();

        assertThat(InvoiceEndpointsIT.fieldNames(payment)).containsExactlyElementsOf(PAYMENT_FIELDS);
        assertThat(InvoiceEndpointsIT.fieldNames(payment.get("source"))).containsExactlyElementsOf(SOURCE_FIELDS);
        assertThat(payment.get("invoice_id").asText()).isEqualTo(invoiceId);
        assertThat(payment.get("amount").asLong()).isEqualTo(12550);
        assertThat(payment.get("captured").asLong()).isEqualTo(12550);
        assertThat(payment.get("fee").asLong()).isPositive();
        assertThat(payment.get("amount_format").asText()).isEqualTo("125.50 SAR");
        assertThat(payment.get("refunded_format").asText()).isEqualTo("0.00 SAR");
        assertThat(payment.get("callback_url").asText()).isEqualTo("https://merchant.example/cb");
        assertThat(payment.at("/source/type").asText()).isEqualTo("creditcard");
        assertThat(payment.at("/source/gateway_id").asText()).isNotBlank();
        assertThat(payment.at("/metadata/paybridge_invoice_id").asText()).isEqualTo("inv_9");
        assertThat(fetchInvoice(invoiceId).at("/payments/0/id").asText()).isEqualTo(paymentId);
    }

    @Test
    void answers_404_for_unknown_or_foreign_payments() {
        String paymentId = simulator.payInvoice(invoice(1000), "4111111111111111").id();
        SimulatedAccount other = simulator.createAccount();

        assertThat(http.get("/v1/payments/" + paymentId, other.secretKey()).status()).isEqualTo(404);
        SimulatorHttp.Answer unknown = http.get("/v1/payments/" + UUID.randomUUID(), account.secretKey());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).isEqualTo("Object not found");
        assertThat(http.post("/v1/payments/" + paymentId + "/refund", other.secretKey(), null).status())
                .isEqualTo(404);
    }

    @Test
    void lists_payments_with_meta_and_filters_by_status_and_metadata() {
        ObjectNode tagged = Bodies.invoice();
        tagged.putObject("metadata").put("order", "o-1");
        String taggedInvoice = http.post("/v1/invoices", account.secretKey(), tagged).json().get("id").asText();
        simulator.failInvoicePayment(taggedInvoice, "4123120001090000");
        Payment paid = simulator.payInvoice(taggedInvoice, "4111111111111111");
        simulator.payInvoice(invoice(1000), "4111111111111111");

        JsonNode all = http.get("/v1/payments", account.secretKey()).json();
        JsonNode failed = http.get("/v1/payments?status=failed", account.secretKey()).json();
        JsonNode byMetadata = http.get("/v1/payments?status=paid&metadata%5Border%5D=o-1", account.secretKey()).json();

        assertThat(all.get("payments")).hasSize(3);
        assertThat(all.get("meta").get("total_count").asInt()).isEqualTo(3);
        assertThat(all.get("meta").get("current_page").asInt()).isEqualTo(1);
        assertThat(failed.get("payments")).hasSize(1);
        assertThat(byMetadata.get("payments")).hasSize(1);
        assertThat(byMetadata.at("/payments/0/id").asText()).isEqualTo(paid.id());
        JsonNode onePerPage = http.get("/v1/payments?per=1&page=3", account.secretKey()).json();
        assertThat(onePerPage.get("payments")).hasSize(1);
        assertThat(onePerPage.at("/meta/total_pages").asInt()).isEqualTo(3);
        assertThat(onePerPage.at("/meta/next_page").isNull()).isTrue();
    }

    @Test
    void updates_description_and_metadata_of_any_payment() {
        ObjectNode body = Bodies.invoice();
        body.putObject("metadata").put("order", "o-7").put("drop", "x");
        String invoiceId = http.post("/v1/invoices", account.secretKey(), body).json().get("id").asText();
        Payment failed = simulator.failInvoicePayment(invoiceId);
        ObjectNode update = SimulatorHttp.JSON.createObjectNode().put("description", "Renamed");
        update.putObject("metadata").put("drop", "").put("note", "n");

        SimulatorHttp.Answer answer = http.put("/v1/payments/" + failed.id(), account.secretKey(), update);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("id").asText()).isEqualTo(failed.id());
        assertThat(answer.json().get("status").asText()).isEqualTo("failed");
        assertThat(answer.json().get("description").asText()).isEqualTo("Renamed");
        assertThat(InvoiceEndpointsIT.fieldNames(answer.json().get("metadata"))).containsExactlyInAnyOrder("order", "note");
        assertThat(simulator.payment(failed.id()).orElseThrow().description()).isEqualTo("Renamed");
    }

    @Test
    void an_update_answers_404_only_for_unknown_or_foreign_payments_and_400_for_bad_metadata() {
        String paymentId = simulator.payInvoice(invoice(1000), "4111111111111111").id();
        ObjectNode tooLong = SimulatorHttp.JSON.createObjectNode();
        tooLong.putObject("metadata").put("k".repeat(41), "v");

        assertThat(http.put("/v1/payments/" + UUID.randomUUID(), account.secretKey(), "{}").status()).isEqualTo(404);
        assertThat(http.put("/v1/payments/" + paymentId, simulator.createAccount().secretKey(), "{}").status())
                .isEqualTo(404);
        assertThat(http.put("/v1/payments/" + paymentId, account.publishableKey(), "{}").status()).isEqualTo(403);
        assertThat(http.put("/v1/payments/" + paymentId, account.secretKey(), tooLong).status()).isEqualTo(400);
        assertThat(http.put("/v1/payments/" + paymentId, account.secretKey(), "{}").status()).isEqualTo(200);
    }

    @Test
    void refunds_partially_then_fully_and_the_invoice_follows() {
        String invoiceId = invoice(10000);
        String paymentId = simulator.payInvoice(invoiceId, "4111111111111111").id();

        JsonNode partial = http.post("/v1/payments/" + paymentId + "/refund", account.secretKey(),
                "{\"amount\":2500}").json();
        SimulatorHttp.Answer tooMuch = http.post("/v1/payments/" + paymentId + "/refund", account.secretKey(),
                "{\"amount\":7501}");
        JsonNode rest = http.post("/v1/payments/" + paymentId + "/refund", account.secretKey(), null).json();

        assertThat(partial.get("status").asText()).isEqualTo("paid");
        assertThat(partial.get("refunded").asLong()).isEqualTo(2500);
        assertThat(partial.get("refunded_format").asText()).isEqualTo("25.00 SAR");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().at("/errors/amount/0").asText()).isEqualTo("must be less than or equal to 7500");
        assertThat(rest.get("status").asText()).isEqualTo("refunded");
        assertThat(rest.get("refunded").asLong()).isEqualTo(10000);
        assertThat(rest.get("refunded_at").isNull()).isFalse();
        assertThat(fetchInvoice(invoiceId).get("status").asText()).isEqualTo("refunded");
        assertThat(http.post("/v1/payments/" + paymentId + "/refund", account.secretKey(), null).status())
                .isEqualTo(400);
    }

    @Test
    void refuses_to_refund_a_failed_payment() {
        Payment failed = simulator.failInvoicePayment(invoice(1000));

        SimulatorHttp.Answer answer = http.post("/v1/payments/" + failed.id() + "/refund", account.secretKey(), null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("type").asText()).isEqualTo("invalid_request_error");
    }

    @Test
    void voids_a_paid_payment_and_its_invoice() {
        String invoiceId = invoice(1000);
        String paymentId = simulator.payInvoice(invoiceId, "4111111111111111").id();

        JsonNode voided = http.post("/v1/payments/" + paymentId + "/void", account.secretKey(), null).json();

        assertThat(voided.get("status").asText()).isEqualTo("voided");
        assertThat(voided.get("voided_at").isNull()).isFalse();
        assertThat(fetchInvoice(invoiceId).get("status").asText()).isEqualTo("voided");
    }

    @Test
    void captures_an_authorized_payment() {
        String invoiceId = invoice(4000);
        Payment authorized = simulator.authorizeInvoice(invoiceId, "5421080101000000");
        assertThat(authorized.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(fetchInvoice(invoiceId).get("status").asText()).isEqualTo("on_hold");

        JsonNode captured = http.post("/v1/payments/" + authorized.id() + "/capture", account.secretKey(),
                "{\"amount\":3000}").json();

        assertThat(captured.get("status").asText()).isEqualTo("captured");
        assertThat(captured.get("captured").asLong()).isEqualTo(3000);
        assertThat(fetchInvoice(invoiceId).get("status").asText()).isEqualTo("paid");
    }

    @Test
    void creates_a_direct_payment_and_rejects_a_reused_given_id() {
        String givenId = UUID.randomUUID().toString();
        ObjectNode body = SimulatorHttp.JSON.createObjectNode().put("amount", 2000).put("given_id", givenId)
                .put("description", "Direct");
        body.set("source", Bodies.card("4123120001090109"));

        SimulatorHttp.Answer first = http.post("/v1/payments", account.secretKey(), body);
        SimulatorHttp.Answer again = http.post("/v1/payments", account.secretKey(), body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("id").asText()).isEqualTo(givenId);
        assertThat(first.json().get("status").asText()).isEqualTo("failed");
        assertThat(first.json().at("/source/message").asText()).isEqualTo("DECLINED");
        assertThat(first.json().get("invoice_id").isNull()).isTrue();
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("type").asText()).isEqualTo("used_given_id");
    }

    @Test
    void rejects_a_direct_payment_with_invalid_card_details() {
        ObjectNode source = Bodies.card("12").put("name", "Single").put("month", "13").put("cvc", "x");
        ObjectNode body = SimulatorHttp.JSON.createObjectNode().put("amount", 2000);
        body.set("source", source);

        SimulatorHttp.Answer answer = http.post("/v1/payments", account.secretKey(), body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(InvoiceEndpointsIT.fieldNames(answer.json().get("errors")))
                .containsExactlyInAnyOrder("source.name", "source.number", "source.month", "source.cvc");
    }

    @Test
    void an_expired_or_paid_invoice_cannot_be_paid_again() {
        String expired = invoice(1000);
        simulator.expireInvoice(expired);
        String paid = invoice(1000);
        simulator.payInvoice(paid, "4111111111111111");

        assertThat(fetchInvoice(expired).get("status").asText()).isEqualTo("expired");
        assertThatThrownBy(() -> simulator.payInvoice(expired, "4111111111111111"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> simulator.payInvoice(paid, "4111111111111111"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("paid");
        assertThatThrownBy(() -> simulator.payInvoice(UUID.randomUUID().toString(), "4111111111111111"))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void a_scripted_failure_refuses_a_card_that_would_pay() {
        String invoiceId = invoice(1000);

        assertThatThrownBy(() -> simulator.failInvoicePayment(invoiceId, "4111111111111111"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(simulator.failInvoicePayment(invoiceId).source().message()).isEqualTo("UNSPECIFIED FAILURE");
    }

    private String invoice(long amount) {
        return http.post("/v1/invoices", account.secretKey(), Bodies.invoice(amount)).json().get("id").asText();
    }

    private JsonNode fetchInvoice(String id) {
        return http.get("/v1/invoices/" + id, account.secretKey()).json();
    }
}
