package dev.paybridge.adapters.moyasar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.spi.GatewayEvent;
import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.application.spi.WebhookVerification;
import dev.paybridge.domain.connection.GatewayMode;
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
    private final MoyasarWebhooks webhooks = new MoyasarWebhooks(SECRET, GatewayMode.TEST);

    static String event(String type, String secretToken, boolean live) {
        return """
                {"id": "6a1b3c4d-0000-4000-8000-000000000001", "type": "%s", "created_at": "2026-11-28T07:00:00.000Z",
                 "secret_token": %s, "account_name": "Acme", "live": %s,
                 "data": {"id": "pay_1", "status": "paid", "amount": 12345, "fee": 0, "currency": "KWD",
                          "refunded": 0, "invoice_id": "inv-moyasar-1", "created_at": "2026-11-28T06:59:00.000Z",
                          "metadata": {"paybridge_invoice_id": "inv_01"},
                          "source": {"type": "creditcard", "company": "visa", "number": "XXXX-XXXX-XXXX-1111",
                                     "message": "APPROVED"}}}
                """.formatted(type, secretToken == null ? "null" : "\"" + secretToken + "\"", live);
    }

    private WebhookVerification verify(String body, Map<String, List<String>> headers) {
        return webhooks.verify(headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void accepts_the_right_secret_token_and_parses_the_payment() {
        WebhookVerification verdict = verify(event("payment_paid", SECRET, false), Map.of());
        assertThat(verdict).isInstanceOf(WebhookVerification.Verified.class);
        GatewayEvent event = ((WebhookVerification.Verified) verdict).event();
        assertThat(event.eventId()).isEqualTo("6a1b3c4d-0000-4000-8000-000000000001");
        assertThat(event.type()).isEqualTo(GatewayEvent.EventType.PAYMENT_PAID);
        assertThat(event.payment().state()).isEqualTo(GatewayPayment.PaymentState.PAID);
        assertThat(event.payment().amount().toDecimalString()).isEqualTo("12.345");
        assertThat(event.payment().gatewayInvoiceId()).isEqualTo("inv-moyasar-1");
        assertThat(event.payment().metadata()).containsEntry("paybridge_invoice_id", "inv_01");
        assertThat(event.payment().method().last4()).isEqualTo("1111");
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
        WebhookVerification verdict = verify(event("payment_faild", SECRET, false), Map.of());
        assertThat(((WebhookVerification.Verified) verdict).event().type())
                .isEqualTo(GatewayEvent.EventType.PAYMENT_FAILED);
        assertThat(MoyasarWebhooks.eventType("payment_failed")).isEqualTo(GatewayEvent.EventType.PAYMENT_FAILED);
        assertThat(MoyasarWebhooks.eventType("balance_transferred")).isEqualTo(GatewayEvent.EventType.OTHER);
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
        assertThat(((WebhookVerification.Malformed) verify("{\"type\": \"payment_paid\", \"data\": {}}", Map.of()))
                .field()).isEqualTo("id");
        assertThat(((WebhookVerification.Malformed) verify("{\"id\": \"e1\", \"data\": {}}", Map.of())).field())
                .isEqualTo("type");
        assertThat(((WebhookVerification.Malformed) verify("{\"id\": \"e1\", \"type\": \"payment_paid\", \"data\": []}",
                Map.of())).field()).isEqualTo("data");
        String wrongData = "{\"id\": \"e1\", \"type\": \"payment_paid\", \"secret_token\": \"" + SECRET
                + "\", \"data\": {\"id\": \"p\"}}";
        assertThat(((WebhookVerification.Malformed) verify(wrongData, Map.of())).field()).isEqualTo("data");
    }
}
