package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class CheckoutPageIT extends SimulatorFixture {

    @Test
    void renders_a_script_free_form_with_the_description_and_amount() {
        ObjectNode body = Bodies.invoice(12550).put("description", "Order <42> & more");
        String url = http.post("/v1/invoices", account.secretKey(), body).json().get("url").asText();

        SimulatorHttp.Answer page = http.send(http.request("GET", path(url), null, null));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Order &lt;42&gt; &amp; more", "125.50 SAR", "<form method=\"post\"",
                "name=\"name\"", "name=\"number\"", "name=\"month\"", "name=\"year\"", "name=\"cvc\"");
        assertThat(page.body()).doesNotContain("<script", "http://", "https://");
    }

    @Test
    void an_approved_payment_redirects_to_the_success_url_with_its_result() {
        ObjectNode body = Bodies.invoice().put("success_url", "https://merchant.example/thanks?order=7");
        String invoiceId = http.post("/v1/invoices", account.secretKey(), body).json().get("id").asText();

        SimulatorHttp.Answer answer = submit(invoiceId, "4111111111111111");

        Invoice invoice = simulator.invoice(invoiceId).orElseThrow();
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("https://merchant.example/thanks?order=7&id="
                + invoice.payments().get(0).id() + "&status=paid&message=APPROVED");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.payments().get(0).ip()).isNotBlank();
    }

    @Test
    void a_payment_on_the_page_carries_the_invoice_callback_url_and_the_card_as_moyasar_masks_it() {
        ObjectNode body = Bodies.invoice().put("callback_url", "https://merchant.example/moyasar/callback");
        String invoiceId = http.post("/v1/invoices", account.secretKey(), body).json().get("id").asText();

        submit(invoiceId, "4111111111111111");

        String paymentId = simulator.invoice(invoiceId).orElseThrow().payments().get(0).id();
        var payment = http.get("/v1/payments/" + paymentId, account.secretKey()).json();
        assertThat(payment.get("callback_url").asText()).isEqualTo("https://merchant.example/moyasar/callback");
        assertThat(payment.at("/source/number").asText()).isEqualTo("4111-11XX-XXXX-1111");
        assertThat(payment.at("/source/response_code").asText()).isEqualTo("00");
    }

    @Test
    void an_approved_payment_without_success_url_shows_a_result_page() {
        String invoiceId = http.post("/v1/invoices", account.secretKey(), Bodies.invoice()).json().get("id").asText();

        SimulatorHttp.Answer answer = submit(invoiceId, "4201320111111010");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"result\"", "APPROVED");
    }

    @Test
    void a_declined_card_shows_its_reason_and_the_form_again() {
        String invoiceId = http.post("/v1/invoices", account.secretKey(), Bodies.invoice()).json().get("id").asText();

        SimulatorHttp.Answer answer = submit(invoiceId, "4123120001090000");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("Payment failed: INSUFFICIENT FUNDS", "<form");
        assertThat(simulator.invoice(invoiceId).orElseThrow().status()).isEqualTo(InvoiceStatus.INITIATED);
    }

    @Test
    void invalid_card_details_are_reported_without_a_payment() {
        String invoiceId = http.post("/v1/invoices", account.secretKey(), Bodies.invoice()).json().get("id").asText();

        SimulatorHttp.Answer answer = http.send(http.request("POST", "/invoices/" + invoiceId + "/checkout", null,
                "name=Solo&number=4111&month=1&year=2000&cvc=1")
                .setHeader("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("number is invalid", "cvc is invalid", "<form");
        assertThat(simulator.invoice(invoiceId).orElseThrow().payments()).isEmpty();
    }

    @Test
    void a_paid_canceled_or_expired_invoice_shows_its_state_instead_of_the_form() {
        String paid = http.post("/v1/invoices", account.secretKey(), Bodies.invoice()).json().get("id").asText();
        simulator.payInvoice(paid, "4111111111111111");
        String canceled = http.post("/v1/invoices", account.secretKey(), Bodies.invoice()).json().get("id").asText();
        http.put("/v1/invoices/" + canceled + "/cancel", account.secretKey(), null);
        String expired = http.post("/v1/invoices", account.secretKey(), Bodies.invoice()).json().get("id").asText();
        simulator.expireInvoice(expired);

        for (String[] expectation : new String[][] {{paid, "paid"}, {canceled, "canceled"}, {expired, "expired"}}) {
            SimulatorHttp.Answer page = http.get("/invoices/" + expectation[0] + "/checkout", null);
            assertThat(page.body()).contains("This invoice is <strong>" + expectation[1] + "</strong>")
                    .doesNotContain("<form");
        }
        assertThat(submit(expired, "4111111111111111").status()).isEqualTo(409);
        assertThat(simulator.invoice(expired).orElseThrow().payments()).isEmpty();
    }

    @Test
    void an_unknown_invoice_page_is_404() {
        assertThat(http.get("/invoices/00000000-0000-0000-0000-000000000000/checkout", null).status())
                .isEqualTo(404);
    }

    private static SimulatorHttp.Answer submit(String invoiceId, String card) {
        return http.send(http.request("POST", "/invoices/" + invoiceId + "/checkout", null,
                "name=Test+Payer&number=" + card + "&month=12&year=2040&cvc=123")
                .setHeader("Content-Type", "application/x-www-form-urlencoded"));
    }

    private static String path(String url) {
        return url.substring(simulator.origin().length());
    }
}
