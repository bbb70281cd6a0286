package dev.paybridge.adapters.persistence.hot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HotStatementTest {

    @Test
    void every_statement_of_the_payment_webhook_names_each_of_its_placeholders() throws IOException {
        List<String> order = order();

        assertThat(order).containsExactly("BEGIN", "verifier-unchanged.sql", "insert-event.sql",
                "lock-payment-target.sql", "record-payment.sql", "COMMIT");
        Stream.concat(order.stream(), Stream.of("find-active-connection.sql")).filter(line -> line.endsWith(".sql"))
                .forEach(file -> assertThat(HotStatement.load(file)).hasToString("db/hot/" + file));
    }

    @Test
    void statements_sent_together_take_the_parameters_of_each_in_order() {
        HotStatement together = EventInsert.STATEMENT.followedBy(HotStatement.load("lock-payment-target.sql"));

        assertThat(together).hasToString("db/hot/insert-event.sql + lock-payment-target.sql");
        assertThat(together.parameters()).hasSize(11 + 12).startsWith("tenant_id", "environment_id", "event_row_id")
                .endsWith("provider_type", "gateway_invoice_id");
        assertThat(together.sql()).contains("ON CONFLICT DO NOTHING;\n-- The webhook's read");
    }

    @Test
    void refuses_a_file_whose_placeholders_and_names_differ() {
        assertThatThrownBy(() -> HotStatement.load("../../hot-test/one-name-two-placeholders.sql"))
                .hasMessageContaining("has 2 placeholders but names 1 parameters: [tenant_id]");
    }

    private static List<String> order() throws IOException {
        try (InputStream in = HotStatement.class.getResourceAsStream("/db/hot/payment-webhook.order")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }
}
