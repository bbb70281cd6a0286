package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardBrandsTest {

    @Test
    void detects_brands_from_the_number() {
        assertThat(CardBrands.company("4201320000311101")).hasValue("mada");
        assertThat(CardBrands.company("4111111111111111")).hasValue("visa");
        assertThat(CardBrands.company("2221000000000009")).hasValue("master");
        assertThat(CardBrands.company("371449635398431")).hasValue("amex");
        assertThat(CardBrands.company("6011111111111117")).isEmpty();
    }
}
