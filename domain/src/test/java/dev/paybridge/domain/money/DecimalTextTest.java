package dev.paybridge.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "12.345", "-1.5", "0.000000000001", "999999999999999999"})
    void accepts_plain_decimals(String text) {
        assertThat(DecimalText.parse(text)).isEqualByComparingTo(new BigDecimal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e3", "1E3", "NaN", "Infinity", "", " 1", "1.", ".5", "+1", "1,5", "0x10",
        "1000000000000000000", "12.34.5"})
    void refuses_anything_else(String text) {
        assertThatThrownBy(() -> DecimalText.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decimal string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0000000000001", "1.1234567890123"})
    void refuses_more_decimals_than_asked(String text) {
        assertThatThrownBy(() -> DecimalText.parse(text, 12)).hasMessageContaining("at most 12 decimal places");
    }
}
