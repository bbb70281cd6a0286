package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test-card table of docs.moyasar.com/guides/card-payments/test-cards. */
class TestCardsTest {

    @ParameterizedTest
    @CsvSource({"4201320111111010, mada", "4111111111111111, visa", "5421080101000000, master",
            "340000000900000, amex"})
    void the_documented_success_cards_approve_with_response_code_00(String number, String company) {
        assertThat(TestCards.outcome(number)).isEqualTo(new TestCards.CardOutcome(true, "APPROVED", "00"));
        assertThat(CardBrands.company(number)).hasValue(company);
    }

    @ParameterizedTest
    @CsvSource({"4123120000000000, UNSPECIFIED FAILURE, 99", "4123120001090000, INSUFFICIENT FUNDS, 51",
            "4123120001090109, DECLINED, 05", "4201320000311101, INSUFFICIENT FUNDS, 51",
            "5105105105105100, UNSPECIFIED FAILURE, 99", "4201320131000508, DECLINED: LOST CARD, 41",
            "5105107550274126, DECLINED: EXPIRED CARD, 54", "340000753060788, DECLINED: EXCEEDS WITHDRAWAL LIMIT, 61",
            "4123125276780003, DECLINED: STOLEN CARD, 43"})
    void the_documented_fail_cards_decline_with_their_reason_and_code(String number, String message, String code) {
        assertThat(TestCards.outcome(number)).isEqualTo(new TestCards.CardOutcome(false, message, code));
    }

    @Test
    void unlisted_numbers_decline() {
        assertThat(TestCards.outcome("4242424242424242")).isEqualTo(TestCards.UNLISTED);
        assertThat(TestCards.UNLISTED.approved()).isFalse();
    }
}
