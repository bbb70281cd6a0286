package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CardMaskTest {

    @ParameterizedTest
    @CsvSource({"4111111111111111, 4111-11XX-XXXX-1111", "5421080101000000, 5421-08XX-XXXX-0000",
            "340000000900000, 3400-00XX-XXX0-000", "4222222222222, 4222-22XX-X222-2",
            "6200000000000000005, 6200-00XX-XXXX-XXX0-005"})
    void keeps_the_first_six_and_last_four_digits_in_groups_of_four(String digits, String masked) {
        assertThat(CardMask.mask(digits)).isEqualTo(masked);
    }

    @Test
    void refuses_a_number_too_short_to_mask() {
        assertThatThrownBy(() -> CardMask.mask("411111111")).isInstanceOf(IllegalArgumentException.class);
    }
}
