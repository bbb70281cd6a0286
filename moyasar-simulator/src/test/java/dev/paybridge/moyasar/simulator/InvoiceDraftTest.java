package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvoiceDraftTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void reads_a_valid_invoice_with_defaults() {
        ObjectNode body = Json.object().put("amount", "1000").put("description", "Pay me")
                .put("expired_at", "2026-01-02");
        body.putObject("metadata").put("order", 42).put("gone", "");

        InvoiceDraft draft = InvoiceDraft.read(body, NOW, new FieldErrors(), "");

        assertThat(draft).isEqualTo(new InvoiceDraft(1000, "SAR", "Pay me", null, null, null,
                Instant.parse("2026-01-02T00:00:00Z"), Map.of("order", "42")));
    }

    @Test
    void reports_every_invalid_field_under_its_prefix() {
        ObjectNode body = Json.object().put("amount", 50).put("currency", "ABC").put("callback_url", "/relative")
                .put("back_url", "javascript:alert(1)").put("expired_at", "soon");
        body.put("metadata", "not an object");
        FieldErrors errors = new FieldErrors();

        assertThat(InvoiceDraft.read(body, NOW, errors, "invoices[0].")).isNull();

        assertThat(errors.asMap()).containsOnlyKeys("invoices[0].amount", "invoices[0].currency",
                "invoices[0].description", "invoices[0].callback_url", "invoices[0].back_url",
                "invoices[0].expired_at", "invoices[0].metadata");
        assertThat(errors.asMap().get("invoices[0].amount")).isEqualTo(List.of("must be greater than or equal to 100"));
    }
}
