package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormDecoderTest {

    @Test
    void decodes_flat_fields_nested_objects_and_lists() {
        String form = "amount=1000&description=Order+%2342&metadata%5Border%5D=42&metadata[user]=u%201"
                + "&source[number]=4111&events[]=payment_paid&events[]=payment_failed&flag";

        assertThat(FormDecoder.decode(form).toString()).isEqualTo("{\"amount\":\"1000\",\"description\":\"Order #42\","
                + "\"metadata\":{\"order\":\"42\",\"user\":\"u 1\"},\"source\":{\"number\":\"4111\"},"
                + "\"events\":[\"payment_paid\",\"payment_failed\"],\"flag\":\"\"}");
    }

    @Test
    void splits_bracketed_keys_into_paths() {
        assertThat(FormDecoder.path("metadata[key]")).containsExactly("metadata", "key");
        assertThat(FormDecoder.path("a[b][]")).containsExactly("a", "b", "");
        assertThat(FormDecoder.path("plain")).containsExactly("plain");
    }
}
