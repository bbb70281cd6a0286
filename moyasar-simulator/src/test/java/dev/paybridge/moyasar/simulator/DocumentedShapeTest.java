package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class DocumentedShapeTest {

    @Test
    void accepts_other_values_of_the_same_types_and_extra_fields() {
        JsonNode documented = json("{\"id\":\"a\",\"amount\":100,\"paid\":true,\"meta\":{\"page\":1},\"tags\":[\"x\"]}");
        JsonNode actual = json("{\"id\":\"b\",\"amount\":250,\"paid\":false,\"meta\":{\"page\":2,\"more\":1},"
                + "\"tags\":[\"y\",\"z\"],\"extra\":null}");

        assertThat(DocumentedShape.mismatches(documented, actual)).isEmpty();
    }

    @Test
    void a_documented_null_only_asks_for_the_field() {
        JsonNode documented = json("{\"callback_url\":null,\"metadata\":null}");

        assertThat(DocumentedShape.mismatches(documented, json("{\"callback_url\":\"https://x\",\"metadata\":null}")))
                .isEmpty();
        assertThat(DocumentedShape.mismatches(documented, json("{\"callback_url\":null}")))
                .containsExactly("$.metadata: documented, missing");
    }

    @Test
    void reports_missing_fields_and_wrong_types_with_their_path() {
        JsonNode documented = json("{\"amount\":100,\"source\":{\"number\":\"XXXX\"},\"items\":[{\"id\":\"a\"}]}");
        JsonNode actual = json("{\"amount\":\"100\",\"source\":{},\"items\":[{\"id\":\"b\"},{\"id\":7}]}");

        assertThat(DocumentedShape.mismatches(documented, actual)).containsExactly(
                "$.amount: documented integer, got string", "$.source.number: documented, missing",
                "$.items[1].id: documented string, got integer");
    }

    @Test
    void a_field_one_documented_item_shows_as_null_may_be_null_in_every_item() {
        JsonNode documented = json("{\"items\":[{\"url\":\"https://x\",\"at\":null},{\"url\":null,\"at\":\"t\"}]}");

        assertThat(DocumentedShape.mismatches(documented, json("{\"items\":[{\"url\":null,\"at\":7}]}")))
                .isEmpty();
        assertThat(DocumentedShape.mismatches(documented, json("{\"items\":[{\"at\":null}]}")))
                .containsExactly("$.items[0].url: documented, missing");
    }

    @Test
    void an_integer_is_not_a_decimal() {
        assertThat(DocumentedShape.mismatches(json("{\"amount\":100}"), json("{\"amount\":100.5}")))
                .containsExactly("$.amount: documented integer, got decimal");
    }

    @Test
    void every_fixture_is_readable_and_names_its_doc_page() {
        for (String name : new String[] {"invoice-create", "invoice-fetch", "invoice-list", "invoice-cancel",
                "payment-fetch", "payment-update", "payment-refund", "error-401", "webhook-create", "webhook-list",
                "webhook-get", "webhook-update", "webhook-delete", "webhook-available-events", "webhook-verify",
                "webhook-verify-wrong-code", "event-payment-paid", "event-webhook-verification"}) {
            DocExample example = DocExample.load(name);
            assertThat(example.doc()).as(name).startsWith("https://docs.moyasar.com/");
            for (String pointer : example.sameValues()) {
                assertThat(example.body().at(pointer).isMissingNode()).as(name + " " + pointer).isFalse();
            }
        }
    }

    private static JsonNode json(String text) {
        try {
            return SimulatorHttp.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
