package dev.paybridge.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PgbenchScriptTest {
    /** The module's tests run in benchmarks/; the statement files are in the repository. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern VARIABLE = Pattern.compile(":([a-z_0-9]+)");

    @Test
    void everyStatementOfTheOrderIsOneCommandWithItsParametersAsVariables() throws Exception {
        PgbenchScript script = PgbenchScript.of(ROOT, values());
        List<String> commands = List.of(script.text().split(";\n"));

        assertThat(commands.get(0)).startsWith("\\set invoice_number random(1, 100)");
        assertThat(script.text().lines()).filteredOn("BEGIN;"::equals).hasSize(1);
        assertThat(script.text().lines()).filteredOn("COMMIT;"::equals).hasSize(1);
        assertThat(commands).filteredOn(command -> command.contains("FROM payment_links l")).hasSize(3);
        assertThat(script.text()).doesNotContain("--").doesNotContain("?").doesNotContain("parameters");
        assertThat(script.text()).contains("VALUES (:tenant_id, :environment_id, :event_row_id, :provider_type, "
                + ":gateway_event_id, :event_type, :event_status, NULL, :payload, :received_at, :processed_at)");
        assertThat(script.defines()).contains("-D", "tenant_id=ten_1", "payload={\"id\": \"evt_1\"}");
        assertThat(script.defines()).noneMatch(define -> define.startsWith("voided_at="));
    }

    @Test
    void theCommandsAreTheFilesTextWithTheVariablesInPlaceOfThePlaceholders() throws Exception {
        PgbenchScript script = PgbenchScript.of(ROOT, values());
        String files = String.join("\n", List.of("verifier-unchanged.sql", "insert-event.sql",
                "lock-payment-target.sql", "record-payment.sql").stream().map(PgbenchScriptTest::code).toList());
        String back = script.text().lines().filter(line -> !line.startsWith("\\set") && !line.equals("BEGIN;")
                && !line.equals("COMMIT;")).reduce("", (a, b) -> a + b + "\n");
        Matcher variables = VARIABLE.matcher(back);
        String placeholders = variables.replaceAll("?").replace("NULL", "?");

        assertThat(squeeze(placeholders)).isEqualTo(squeeze(files));
    }

    @Test
    void aParameterWithoutAValueIsRefused() throws Exception {
        Map<String, PgbenchScript.Value> values = values();
        values.remove("paid_at");

        assertThatThrownBy(() -> PgbenchScript.of(ROOT, values)).hasMessageContaining("paid_at");
    }

    @Test
    void placeholdersAndNamesMustAgree() {
        assertThatThrownBy(() -> PgbenchScript.commands("x.sql", "-- parameters: a, b\nSELECT ?", Map.of("a",
                new PgbenchScript.Value.Fixed("1"), "b", new PgbenchScript.Value.Fixed("2"))))
                .hasMessageContaining("1 placeholders but names 2");
    }

    private static String code(String file) {
        try {
            return Files.readString(ROOT.resolve(PgbenchScript.HOT).resolve(file)).lines()
                    .filter(line -> !line.stripLeading().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String squeeze(String sql) {
        return sql.replace(";", "").replaceAll("\\s+", " ").strip();
    }

    private static Map<String, PgbenchScript.Value> values() {
        Map<String, PgbenchScript.Value> values = new LinkedHashMap<>();
        values.put("invoice_number", new PgbenchScript.Value.Drawn("random(1, 100)"));
        for (String drawn : List.of("invoice_id", "gateway_invoice_id", "event_row_id", "gateway_event_id",
                "payment_id", "gateway_payment_id")) {
            values.put(drawn, new PgbenchScript.Value.Drawn(":invoice_number + 1"));
        }
        values.put("tenant_id", new PgbenchScript.Value.Fixed("ten_1"));
        values.put("payload", new PgbenchScript.Value.Fixed("{\"id\": \"evt_1\"}"));
        for (String fixed : List.of("environment_id", "connection_id", "sealed_secrets", "provider_type", "event_type", "event_status", "received_at",
                "processed_at", "payment_state", "amount", "amount_refunded", "currency", "method_type",
                "method_company", "method_last4", "payment_created_at", "payment_updated_at", "link_status",
                "link_status_changes", "invoice_status", "invoice_payment_status", "amount_paid", "finalized_at",
                "paid_at")) {
            values.put(fixed, new PgbenchScript.Value.Fixed("x"));
        }
        for (String none : List.of("review_reason", "failure_message", "voided_at")) {
            values.put(none, new PgbenchScript.Value.Null());
        }
        return values;
    }
}
