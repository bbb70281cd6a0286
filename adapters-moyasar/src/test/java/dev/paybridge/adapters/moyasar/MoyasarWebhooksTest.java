package dev.paybridge.adapters.moyasar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.application.spi.WebhookVerification;
import dev.paybridge.domain.connection.GatewayMode;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.PaymentState;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoyasarWebhooksTest {
    private static final String SECRET = "whsec_shared_secret_42";
    private static final InvoiceId OUR_INVOICE = InvoiceId.generate();
    private final MoyasarWebhooks webhooks = new MoyasarWebhooks(SECRET, GatewayMode.TEST);

    static String event(String type, String secretToken, boolean live) {
        return """
                {"id": "6a1b3c4d-0000-4000-8000-000000000001", "type": "%s", "created_at": "2026-11-28T07:00:00.000Z",
                 "secret_token": %s, "account_name": "Acme", "live": %s,
                 "data": {"id": "pay_1", "status": "paid", "amount": 12345, "fee": 0, "currency": "KWD",
                          "refunded": 0, "invoice_id": "inv-moyasar-1", "created_at": "2026-11-28T06:59:00.000Z",
                          "metadata": {"paybridge_invoice_id": "%s"},
                          "source": {"type": "creditcard", "company": "visa", "number": "XXXX-XXXX-XXXX-1111",
                                     "message": "APPROVED"}}}
                """.formatted(type, secretToken == null ? "null" : "\"" + secretToken + "\"", live, OUR_INVOICE);
    }

    private WebhookVerification verify(String body, Map<String, List<String>> headers) {
        return webhooks.verify(headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private GatewayEvent verified(String body) {
        return verify(body, Map.of()).fold(WebhookVerification.Verified::event, malformed -> {
            throw new AssertionError(malformed.toString());
        }, unauthenticated -> {
            throw new AssertionError(unauthenticated.toString());
        });
    }

    private static GatewayEvent.PaymentEvent payment(GatewayEvent event) {
        return event.fold(payment -> payment, challenge -> {
            throw new AssertionError(challenge.toString());
        }, other -> {
            throw new AssertionError(other.toString());
        });
    }

    private static String field(WebhookVerification verdict) {
        return verdict.fold(verified -> "verified", WebhookVerification.Malformed::field, no -> "unauthenticated");
    }

    @Test
    void accepts_the_right_secret_token_and_parses_the_payment() {
        GatewayEvent.PaymentEvent event = payment(verified(event("payment_paid", SECRET, false)));
        assertThat(event.eventId()).isEqualTo("6a1b3c4d-0000-4000-8000-000000000001");
        assertThat(event.gatewayType()).isEqualTo("payment_paid");
        GatewayPayment paid = event.payment();
        assertThat(paid.state()).isEqualTo(PaymentState.SUCCEEDED);
        assertThat(paid.gatewayStatus()).isEqualTo("paid");
        assertThat(paid.amount().toDecimalString()).isEqualTo("12.345");
        assertThat(paid.gatewayInvoiceId()).isEqualTo("inv-moyasar-1");
        assertThat(paid.invoiceReference()).isEqualTo(OUR_INVOICE);
        assertThat(paid.method().last4()).isEqualTo("1111");
        assertThat(event.storablePayload()).doesNotContain(SECRET, "secret_token").contains("payment_paid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"whsec_shared_secret_43", "", "whsec_shared_secret_42 ", "WHSEC_SHARED_SECRET_42"})
    void rejects_a_wrong_secret_token(String token) {
        assertThat(verify(event("payment_paid", token, false), Map.of()))
                .isInstanceOf(WebhookVerification.Unauthenticated.class);
    }

    @Test
    void rejects_a_missing_secret_token() {
        assertThat(verify(event("payment_paid", null, false), Map.of()))
                .isInstanceOf(WebhookVerification.Unauthenticated.class);
        String withoutField = event("payment_paid", SECRET, false).replace("\"secret_token\": \"" + SECRET + "\",", "");
        assertThat(verify(withoutField, Map.of())).isInstanceOf(WebhookVerification.Unauthenticated.class);
    }

    @Test
    void checks_an_hmac_signature_when_one_is_sent() throws Exception {
        String body = event("payment_paid", SECRET, false);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String good = HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(verify(body, Map.of("x-moyasar-signature", List.of(good))))
                .isInstanceOf(WebhookVerification.Verified.class);
        String bad = good.substring(0, good.length() - 1) + (good.endsWith("0") ? "1" : "0");
        assertThat(verify(body, Map.of("x-moyasar-signature", List.of(bad))))
                .isInstanceOf(WebhookVerification.Unauthenticated.class);
        assertThat(verify(body, Map.of("x-moyasar-signature", List.of("not-hex"))))
                .isInstanceOf(WebhookVerification.Unauthenticated.class);
    }

    @Test
    void accepts_the_misspelled_payment_faild_as_payment_failed() {
        String failed = event("payment_faild", SECRET, false).replace("\"status\": \"paid\"", "\"status\": \"failed\"");
        assertThat(payment(verified(failed)).payment().state()).isEqualTo(PaymentState.FAILED);
    }

    @Test
    void rejects_a_live_event_on_a_test_connection_and_the_reverse() {
        assertThat(verify(event("payment_paid", SECRET, true), Map.of()))
                .isInstanceOf(WebhookVerification.Unauthenticated.class);
        MoyasarWebhooks live = new MoyasarWebhooks(SECRET, GatewayMode.LIVE);
        assertThat(live.verify(Map.of(), event("payment_paid", SECRET, false).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WebhookVerification.Unauthenticated.class);
    }

    @Test
    void reports_malformed_deliveries_by_field_before_looking_at_the_secret() {
        assertThat(verify("not json", Map.of())).isEqualTo(new WebhookVerification.Malformed("body", "is not valid JSON"));
        assertThat(verify("[1]", Map.of())).isInstanceOf(WebhookVerification.Malformed.class);
        assertThat(field(verify("{\"type\": \"payment_paid\", \"data\": {}}", Map.of()))).isEqualTo("id");
        assertThat(field(verify("{\"id\": \"e1\", \"data\": {}}", Map.of()))).isEqualTo("type");
        assertThat(field(verify("{\"id\": \"e1\", \"type\": \"payment_paid\", \"data\": []}", Map.of())))
                .isEqualTo("data");
    }

    @Test
    void an_authentic_event_whose_data_is_not_a_payment_is_kept_as_another_event() {
        String wrongData = "{\"id\": \"e1\", \"type\": \"payment_paid\", \"secret_token\": \"" + SECRET
                + "\", \"data\": {\"id\": \"p\"}}";
        assertThat(verified(wrongData)).isInstanceOf(GatewayEvent.Other.class);
        String payout = "{\"id\": \"e2\", \"type\": \"payout_initiated\", \"secret_token\": \"" + SECRET
                + "\", \"live\": false, \"data\": {\"id\": \"po_1\", \"amount\": 1000}}";
        GatewayEvent other = verified(payout);
        assertThat(other).isInstanceOf(GatewayEvent.Other.class);
        assertThat(other.storablePayload()).contains("po_1").doesNotContain(SECRET);
    }

    @Test
    void a_verification_event_is_a_challenge_whose_code_is_never_stored() {
        String challenge = """
                {"id": "e3", "type": "webhook_verification", "created_at": "2026-11-28T07:00:00.000Z",
                 "secret_token": "%s", "account_name": "Acme",
                 "data": {"webhook_id": "c4bc1b36-0000-4000-8000-000000000009", "verification_code": "482913"}}
                """.formatted(SECRET);
        GatewayEvent event = verified(challenge);
        GatewayEvent.Challenge asked = event.fold(payment -> null, c -> c, other -> null);
        assertThat(asked).isNotNull();
        assertThat(asked.endpointId()).isEqualTo("c4bc1b36-0000-4000-8000-000000000009");
        assertThat(asked.code()).isEqualTo("482913");
        assertThat(asked.storablePayload()).doesNotContain("482913", SECRET).contains("c4bc1b36");
        assertThat(asked.toString()).doesNotContain("482913");
        assertThat(MoyasarWebhooks.readStored(asked.storablePayload())).isInstanceOf(GatewayEvent.Other.class);
    }

    @Test
    void a_nul_typed_by_the_payer_survives_in_the_stored_payload() {
        String body = event("payment_paid", SECRET, false).replace("\"company\": \"visa\"",
                "\"company\": \"visa\", \"name\": \"Jane\\u0000Doe\"");
        GatewayEvent event = verified(body);
        assertThat(event.storablePayload()).contains("Jane\\u0000Doe");
        assertThat(payment(MoyasarWebhooks.readStored(event.storablePayload())).payment().gatewayPaymentId())
                .isEqualTo("pay_1");
    }
}
