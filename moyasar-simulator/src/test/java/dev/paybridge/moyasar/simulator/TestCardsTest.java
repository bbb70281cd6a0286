package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestCardsTest {

    @ParameterizedTest
    @CsvSource({"4201320111111010, mada", "4111111111111111, visa", "5421080101000000, master",
            "340000000900000, amex"})
    void the_documented_success_cards_approve(String number, String company) {
        assertThat(TestCards.outcome(number)).isEqualTo(new TestCards.CardOutcome(true, "APPROVED"));
        assertThat(TestCards.company(number)).hasValue(company);
    }

    @ParameterizedTest
    @CsvSource({"4123120000000000, UNSPECIFIED FAILURE", "4123120001090000, INSUFFICIENT FUNDS",
            "4123120001090109, DECLINED", "4201320000311101, INSUFFICIENT FUNDS",
            "5105105105105100, UNSPECIFIED FAILURE"})
    void the_documented_fail_cards_decline_with_their_reason(String number, String message) {
        assertThat(TestCards.outcome(number)).isEqualTo(new TestCards.CardOutcome(false, message));
    }

    @Test
    void unlisted_numbers_decline() {
        assertThat(TestCards.outcome("4242424242424242").approved()).isFalse();
    }

    @Test
    void detects_brands_from_the_number() {
        assertThat(TestCards.company("4201320000311101")).hasValue("mada");
        assertThat(TestCards.company("2221000000000009")).hasValue("master");
        assertThat(TestCards.company("371449635398431")).hasValue("amex");
        assertThat(TestCards.company("6011111111111117")).isEmpty();
    }

    @Test
    void masks_all_but_the_last_four_digits() {
        assertThat(TestCards.mask("4111111111111111")).isEqualTo("XXXX-XXXX-XXXX-1111");
    }
}
