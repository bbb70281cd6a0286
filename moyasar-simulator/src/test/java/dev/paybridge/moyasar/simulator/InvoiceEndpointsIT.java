package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InvoiceEndpointsIT extends SimulatorFixture {

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    private static final List<String> INVOICE_FIELDS = List.of("id", "status", "amount", "currency", "description",
            "logo_url", "amount_format", "url", "callback_url", "success_url", "back_url", "expired_at",
            "created_at", "updated_at", "payments", "metadata");

    @Test
    void creates_an_initiated_invoice_with_every_documented_field() {
        ObjectNode body = Bodies.invoice(12550);
        body.put("callback_url", "https://merchant.example/moyasar/callback");
        body.put("success_url", "https://merchant.example/thanks");
        body.put("back_url", "https://merchant.example/cart");
        body.put("expired_at", Instant.now().plusSeconds(3600).toString());
        body.putObject("metadata").put("paybridge_invoice_id", "inv_42");

        SimulatorHttp.Answer answer = http.post("/v1/invoices", account.secretKey(), body);

        assertThat(answer.status()).isEqualTo(201);
        JsonNode invoice = answer.json();
        assertThat(fieldNames(invoice)).containsExactlyElementsOf(INVOICE_FIELDS);
        assertThat(invoice.get("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(invoice.get("status").asText()).isEqualTo("initiated");
        assertThat(invoice.get("amount").isIntegralNumber()).isTrue();
        assertThat(invoice.get("amount").asLong()).isEqualTo(12550);
        assertThat(invoice.get("currency").asText()).isEqualTo("SAR");
        assertThat(invoice.get("amount_format").asText()).isEqualTo("125.50 SAR");
        assertThat(invoice.get("url").asText())
                .isEqualTo(simulator.origin() + "/invoices/" + invoice.get("id").asText() + "/checkout");
        assertThat(invoice.get("callback_url").asText()).isEqualTo("https://merchant.example/moyasar/callback");
        assertThat(invoice.get("logo_url").isNull()).isTrue();
        for (String time : List.of("expired_at", "created_at", "updated_at")) {
            assertThat(invoice.get(time).asText()).matches(TIMESTAMP);
        }
        assertThat(invoice.get("payments").isArray()).isTrue();
        assertThat(invoice.get("payments")).isEmpty();
        assertThat(invoice.get("metadata").get("paybridge_invoice_id").asText()).isEqualTo("inv_42");
    }

    @Test
    void defaults_to_sar_and_formats_amounts_with_the_currency_exponent() {
        ObjectNode noCurrency = Bodies.invoice(1000);
        noCurrency.remove("currency");
        assertThat(http.post("/v1/invoices", account.secretKey(), noCurrency).json().get("amount_format").asText())
                .isEqualTo("10.00 SAR");
        assertThat(http.post("/v1/invoices", account.secretKey(), Bodies.invoice(12345).put("currency", "KWD"))
                .json().get("amount_format").asText()).isEqualTo("12.345 KWD");
        assertThat(http.post("/v1/invoices", account.secretKey(), Bodies.invoice(1000).put("currency", "JPY"))
                .json().get("amount_format").asText()).isEqualTo("1000 JPY");
        assertThat(http.post("/v1/invoices", account.secretKey(), Bodies.invoice(1000).put("currency", "NOK"))
                .json().get("amount_format").asText()).isEqualTo("1000 NOK");
        assertThat(http.post("/v1/invoices", account.secretKey(), Bodies.invoice(1000).put("currency", "GBP"))
                .json().get("amount_format").asText()).isEqualTo("10.00 GBP");
    }

    @Test
    void rejects_an_invalid_invoice_with_errors_per_field() {
        ObjectNode body = SimulatorHttp.JSON.createObjectNode();
        body.put("amount", 99);
        body.put("currency", "XYZ");
        body.put("success_url", "not a url");
        body.put("expired_at", "2001-01-01T00:00:00Z");

        SimulatorHttp.Answer answer = http.post("/v1/invoices", account.secretKey(), body);

        assertThat(answer.status()).isEqualTo(400);
        JsonNode error = answer.json();
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("message").asText()).isEqualTo("Validation Failed");
        assertThat(error.get("errors").get("amount").get(0).asText())
                .isEqualTo("must be greater than or equal to 100");
        assertThat(error.get("errors").get("description").get(0).asText()).isEqualTo("can't be blank");
        assertThat(fieldNames(error.get("errors"))).contains("currency", "success_url", "expired_at");
    }

    @Test
    void rejects_a_missing_or_fractional_amount() {
        ObjectNode missing = Bodies.invoice();
        missing.remove("amount");
        assertThat(http.post("/v1/invoices", account.secretKey(), missing).json().at("/errors/amount/0").asText())
                .isEqualTo("can't be blank");
        ObjectNode fractional = Bodies.invoice().put("amount", 100.5);
        assertThat(http.post("/v1/invoices", account.secretKey(), fractional).json().at("/errors/amount/0").asText())
                .isEqualTo("must be an integer");
    }

    @Test
    void rejects_metadata_beyond_moyasar_limits() {
        ObjectNode tooManyKeys = Bodies.invoice();
        ObjectNode metadata = tooManyKeys.putObject("metadata");
        for (int i = 0; i < 31; i++) {
            metadata.put("key" + i, "value");
        }
        ObjectNode longKey = Bodies.invoice();
        longKey.putObject("metadata").put("k".repeat(41), "value");
        ObjectNode longValue = Bodies.invoice();
        longValue.putObject("metadata").put("key", "v".repeat(501));

        for (ObjectNode body : List.of(tooManyKeys, longKey, longValue)) {
            SimulatorHttp.Answer answer = http.post("/v1/invoices", account.secretKey(), body);
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().get("errors").has("metadata")).isTrue();
        }
    }

    @Test
    void removes_metadata_keys_given_empty_values() {
        ObjectNode body = Bodies.invoice();
        body.putObject("metadata").put("keep", "1").put("drop", "");
        JsonNode created = http.post("/v1/invoices", account.secretKey(), body).json();
        assertThat(fieldNames(created.get("metadata"))).containsExactly("keep");

        ObjectNode update = SimulatorHttp.JSON.createObjectNode();
        update.putObject("metadata").put("keep", "").put("added", "2");
        JsonNode updated = http.put("/v1/invoices/" + created.get("id").asText(), account.secretKey(), update).json();

        assertThat(fieldNames(updated.get("metadata"))).containsExactly("added");
    }

    @Test
    void accepts_form_encoded_invoices_with_bracketed_metadata() {
        HttpRequest.Builder request = http.request("POST", "/v1/invoices", account.secretKey(),
                "amount=2000&currency=SAR&description=Form+invoice&metadata%5Border%5D=42")
                .setHeader("Content-Type", "application/x-www-form-urlencoded");

        SimulatorHttp.Answer answer = http.send(request);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("amount").asLong()).isEqualTo(2000);
        assertThat(answer.json().at("/metadata/order").asText()).isEqualTo("42");
    }

    @Test
    void rejects_a_body_that_is_not_json() {
        SimulatorHttp.Answer answer = http.post("/v1/invoices", account.secretKey(), "{not json");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("type").asText()).isEqualTo("invalid_request_error");
    }

    @Test
    void creates_invoices_in_bulk() {
        SimulatorHttp.Answer answer = http.post("/v1/invoices/bulk", account.secretKey(), bulk(3));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("invoices")).hasSize(3);
        assertThat(answer.json().at("/invoices/0/status").asText()).isEqualTo("initiated");
        assertThat(simulator.invoices(account.secretKey())).hasSize(3);
    }

    @Test
    void rejects_bulk_requests_outside_one_to_fifty_and_names_the_bad_item() {
        assertThat(http.post("/v1/invoices/bulk", account.secretKey(), bulk(0)).status()).isEqualTo(400);
        assertThat(http.post("/v1/invoices/bulk", account.secretKey(), bulk(51)).status()).isEqualTo(400);
        ObjectNode oneBad = bulk(2);
        ((ObjectNode) oneBad.get("invoices").get(1)).put("amount", 5);

        SimulatorHttp.Answer answer = http.post("/v1/invoices/bulk", account.secretKey(), oneBad);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(fieldNames(answer.json().get("errors"))).containsExactly("invoices[1].amount");
        assertThat(simulator.invoices(account.secretKey())).isEmpty();
    }

    @Test
    void fetches_an_invoice_and_answers_404_for_unknown_or_foreign_ones() {
        String id = createInvoice(account).get("id").asText();
        SimulatedAccount other = simulator.createAccount();

        assertThat(http.get("/v1/invoices/" + id, account.secretKey()).json().get("id").asText()).isEqualTo(id);
        SimulatorHttp.Answer foreign = http.get("/v1/invoices/" + id, other.secretKey());
        SimulatorHttp.Answer unknown = http.get("/v1/invoices/00000000-0000-0000-0000-000000000000",
                account.secretKey());

        for (SimulatorHttp.Answer notFound : List.of(foreign, unknown)) {
            assertThat(notFound.status()).isEqualTo(404);
            assertThat(notFound.body()).isEqualTo("{\"type\":\"api_error\",\"message\":\"Object not found\","
                    + "\"errors\":null}");
        }
    }

    @Test
    void lists_forty_invoices_a_page_newest_first() {
        http.post("/v1/invoices/bulk", account.secretKey(), bulk(25));
        http.post("/v1/invoices/bulk", account.secretKey(), bulk(20));
        List<String> newestFirst = new ArrayList<>();
        simulator.invoices(account.secretKey()).forEach(invoice -> newestFirst.add(invoice.id()));

        JsonNode first = http.get("/v1/invoices", account.secretKey()).json();
        JsonNode second = http.get("/v1/invoices?page=2", account.secretKey()).json();
        JsonNode third = http.get("/v1/invoices?page=3", account.secretKey()).json();

        assertThat(first.get("invoices")).hasSize(40);
        assertThat(first.at("/invoices/0/id").asText()).isEqualTo(newestFirst.get(0));
        assertThat(second.get("invoices")).hasSize(5);
        assertThat(second.at("/invoices/4/id").asText()).isEqualTo(newestFirst.get(44));
        assertThat(third.get("invoices")).isEmpty();
        assertThat(first.get("meta").toString()).isEqualTo("{\"current_page\":1,\"next_page\":2,\"prev_page\":null,"
                + "\"total_pages\":2,\"total_count\":45}");
        assertThat(second.get("meta").toString()).isEqualTo("{\"current_page\":2,\"next_page\":null,\"prev_page\":1,"
                + "\"total_pages\":2,\"total_count\":45}");
    }

    @Test
    void lists_per_invoices_a_page_when_asked_and_clamps_the_size() {
        http.post("/v1/invoices/bulk", account.secretKey(), bulk(5));

        JsonNode second = http.get("/v1/invoices?per=2&page=2", account.secretKey()).json();
        JsonNode tooSmall = http.get("/v1/invoices?per=0", account.secretKey()).json();
        SimulatorHttp.Answer notANumber = http.get("/v1/invoices?per=many", account.secretKey());

        assertThat(second.get("invoices")).hasSize(2);
        assertThat(second.get("meta").toString()).isEqualTo("{\"current_page\":2,\"next_page\":3,\"prev_page\":1,"
                + "\"total_pages\":3,\"total_count\":5}");
        assertThat(tooSmall.get("invoices")).hasSize(1);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().get("type").asText()).isEqualTo("invalid_request_error");
    }

    @Test
    void list_items_carry_payment_id_and_paid_at_instead_of_payments() {
        String id = createInvoice(account).get("id").asText();
        Payment payment = simulator.payInvoice(id, "4111111111111111");

        JsonNode item = http.get("/v1/invoices", account.secretKey()).json().at("/invoices/0");

        assertThat(item.has("payments")).isFalse();
        assertThat(item.has("logo_url")).isFalse();
        assertThat(item.get("payment_id").asText()).isEqualTo(payment.id());
        assertThat(item.get("paid_at").asText()).matches(TIMESTAMP);
        assertThat(item.get("status").asText()).isEqualTo("paid");
    }

    @Test
    void filters_the_list_by_metadata_status_and_creation_time() {
        ObjectNode tagged = Bodies.invoice();
        tagged.putObject("metadata").put("paybridge_invoice_id", "inv_7");
        String taggedId = http.post("/v1/invoices", account.secretKey(), tagged).json().get("id").asText();
        String canceledId = createInvoice(account).get("id").asText();
        http.put("/v1/invoices/" + canceledId + "/cancel", account.secretKey(), null);
        Instant afterBoth = Instant.now().plusSeconds(1);

        JsonNode byMetadata = http.get("/v1/invoices?metadata%5Bpaybridge_invoice_id%5D=inv_7",
                account.secretKey()).json();
        JsonNode byStatus = http.get("/v1/invoices?status=canceled", account.secretKey()).json();
        JsonNode createdLater = http.get("/v1/invoices?created%5Bgt%5D=" + afterBoth, account.secretKey()).json();

        assertThat(byMetadata.get("invoices")).hasSize(1);
        assertThat(byMetadata.at("/invoices/0/id").asText()).isEqualTo(taggedId);
        assertThat(byStatus.get("invoices")).hasSize(1);
        assertThat(byStatus.at("/invoices/0/id").asText()).isEqualTo(canceledId);
        assertThat(createdLater.get("invoices")).isEmpty();
        assertThat(createdLater.at("/meta/total_count").asInt()).isZero();
    }

    @Test
    void updates_description_and_metadata() {
        String id = createInvoice(account).get("id").asText();
        ObjectNode update = SimulatorHttp.JSON.createObjectNode().put("description", "Renamed");
        update.putObject("metadata").put("note", "x");

        SimulatorHttp.Answer answer = http.put("/v1/invoices/" + id, account.secretKey(), update);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("description").asText()).isEqualTo("Renamed");
        assertThat(answer.json().at("/metadata/note").asText()).isEqualTo("x");
    }

    @Test
    void cancels_an_initiated_invoice_only() {
        String id = createInvoice(account).get("id").asText();

        SimulatorHttp.Answer canceled = http.put("/v1/invoices/" + id + "/cancel", account.secretKey(), null);
        SimulatorHttp.Answer again = http.put("/v1/invoices/" + id + "/cancel", account.secretKey(), null);

        assertThat(canceled.status()).isEqualTo(200);
        assertThat(canceled.json().get("status").asText()).isEqualTo("canceled");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("type").asText()).isEqualTo("invalid_request_error");
    }

    @Test
    void an_invoice_past_expired_at_reads_expired_and_cannot_be_paid() throws InterruptedException {
        ObjectNode body = Bodies.invoice().put("expired_at", Instant.now().plusMillis(300).toString());
        String id = http.post("/v1/invoices", account.secretKey(), body).json().get("id").asText();

        Thread.sleep(400);

        assertThat(http.get("/v1/invoices/" + id, account.secretKey()).json().get("status").asText())
                .isEqualTo("expired");
        assertThat(http.get("/v1/invoices?status=expired", account.secretKey()).json().get("invoices")).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> simulator.payInvoice(id, "4111111111111111"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("expired");
    }

    private static JsonNode createInvoice(SimulatedAccount owner) {
        return http.post("/v1/invoices", owner.secretKey(), Bodies.invoice()).json();
    }

    private static ObjectNode bulk(int count) {
        ObjectNode body = SimulatorHttp.JSON.createObjectNode();
        ArrayNode invoices = body.putArray("invoices");
        for (int i = 0; i < count; i++) {
            invoices.add(Bodies.invoice(1000 + i));
        }
        return body;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
