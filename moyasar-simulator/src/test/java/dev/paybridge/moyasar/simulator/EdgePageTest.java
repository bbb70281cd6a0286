package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdgePageTest {

    @Test
    void blocks_nothing_unless_told_to() {
        EdgePage open = new EdgePage(List.of(), false);

        assertThat(open.blocks(null)).isFalse();
        assertThat(open.blocks(" ")).isFalse();
        assertThat(open.blocks("Python-urllib/3.12")).isFalse();
    }

    @Test
    void blocks_chosen_prefixes_and_on_request_a_missing_user_agent() {
        EdgePage strict = new EdgePage(List.of("Python-urllib/", "curl/"), true);

        assertThat(strict.blocks(null)).isTrue();
        assertThat(strict.blocks("")).isTrue();
        assertThat(strict.blocks("curl/8.5.0")).isTrue();
        assertThat(strict.blocks("paybridge/0.1")).isFalse();
    }
}
