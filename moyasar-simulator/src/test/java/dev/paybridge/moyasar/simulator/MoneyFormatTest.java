package dev.paybridge.moyasar.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    @ParameterizedTest
    @CsvSource({"12550, SAR, 125.50 SAR", "1000, USD, 10.00 USD", "5, EUR, 0.05 EUR", "100, AED, 1.00 AED",
            "12345, KWD, 12.345 KWD", "10000, BHD, 10.000 BHD", "1, OMR, 0.001 OMR", "1000, JPY, 1000 JPY",
            "250, KRW, 250 KRW", "999, TND, 0.999 TND", "12550, GBP, 125.50 GBP", "12550, QAR, 125.50 QAR",
            "12550, EGP, 125.50 EGP", "1000, JOD, 1.000 JOD", "1000, NOK, 1000 NOK", "1000, SEK, 1000 SEK"})
    void formats_minor_units_with_the_currency_exponent(long amount, String currency, String expected) {
        assertThat(MoneyFormat.format(amount, currency)).isEqualTo(expected);
    }

    @Test
    void normalizes_known_currencies_and_refuses_unknown_ones() {
        assertThat(MoneyFormat.normalize(" sar ")).hasValue("SAR");
        assertThat(MoneyFormat.normalize("XYZ")).isEmpty();
        assertThat(MoneyFormat.normalize(null)).isEmpty();
        assertThat(MoneyFormat.normalize("gbp")).hasValue("GBP");
        assertThatThrownBy(() -> MoneyFormat.format(100, "CHF")).isInstanceOf(IllegalArgumentException.class);
    }
}
