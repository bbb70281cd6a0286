package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The invoice examples of Moyasar's docs, replayed against the simulator (fixtures under fidelity/). */
class InvoiceFidelityIT extends SimulatorFixture {

    @Test
    void create_invoice() {
        DocExample example = DocExample.load("invoice-create");

        JsonNode invoice = example.assertAnswer(example.replay(http, account.secretKey(), Map.of()));

        assertThat(invoice.get("url").asText()).startsWith(simulator.origin());
    }

    @Test
    void fetch_invoice() {
        String invoiceId = invoice(60000);
        simulator.payInvoice(invoiceId, "4111111111111111");
        DocExample example = DocExample.load("invoice-fetch");

        JsonNode invoice = example.assertAnswer(example.replay(http, account.secretKey(),
                Map.of("invoice_id", invoiceId)));

        assertThat(invoice.get("id").asText()).isEqualTo(invoiceId);
        assertThat(invoice.get("payments")).hasSize(1);
    }

    @Test
    void list_invoices_a_page_of_per() {
        invoice(10000);
        http.put("/v1/invoices/" + invoice(10000) + "/cancel", account.secretKey(), null);
        http.post("/v1/invoices", account.secretKey(), DocExample.load("invoice-create").requestBody());
        DocExample example = DocExample.load("invoice-list");

        JsonNode list = example.assertAnswer(example.replay(http, account.secretKey(), Map.of()));

        assertThat(list.get("invoices")).hasSize(2);
        assertThat(list.get("meta").toString()).isEqualTo("{\"current_page\":1,\"next_page\":2,\"prev_page\":null,"
                + "\"total_pages\":2,\"total_count\":3}");
    }

    @Test
    void cancel_invoice() {
        String invoiceId = http.post("/v1/invoices", account.secretKey(), Bodies.invoice(10000)
                .put("expired_at", Instant.now().plusSeconds(3600).toString())).json().get("id").asText();
        DocExample example = DocExample.load("invoice-cancel");

        example.assertAnswer(example.replay(http, account.secretKey(), Map.of("invoice_id", invoiceId)));
    }

    @Test
    void authentication_error() {
        DocExample example = DocExample.load("error-401");

        example.assertAnswer(example.replay(http, account.secretKey(), Map.of()));
    }

    private String invoice(long amount) {
        return http.post("/v1/invoices", account.secretKey(), Bodies.invoice(amount)).json().get("id").asText();
    }
}
