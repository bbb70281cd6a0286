package dev.paybridge.adapters.moyasar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoyasarAmountsTest {

    @ParameterizedTest
    @CsvSource({"10.00, SAR, 1000", "10.000, KWD, 10000", "12.345, KWD, 12345", "1000, JPY, 1000", "1.000, BHD, 1000",
        "12.34, USD, 1234", "5000, KRW, 5000", "250, NOK, 250"})
    void converts_exactly_through_moyasars_exponent_table(String amount, String currency, long minor) {
        MoyasarAmounts.Conversion conversion = MoyasarAmounts.toMinor(Money.parse(amount, CurrencyUnit.of(currency)));
        assertThat(conversion.isExact()).as(conversion.refusal()).isTrue();
        assertThat(conversion.minorUnits()).isEqualTo(minor);
        assertThat(MoyasarAmounts.fromMinor(minor, currency)).isEqualTo(Money.parse(amount, CurrencyUnit.of(currency)));
    }

    @Test
    void refuses_amounts_below_the_minimum_of_100_minor_units() {
        assertThat(MoyasarAmounts.toMinor(Money.parse("0.99", CurrencyUnit.of("SAR"))).refusal())
                .contains("minimum of 100");
        assertThat(MoyasarAmounts.toMinor(Money.parse("99", CurrencyUnit.of("JPY"))).isExact()).isFalse();
        assertThat(MoyasarAmounts.toMinor(Money.parse("1.00", CurrencyUnit.of("SAR"))).minorUnits()).isEqualTo(100);
        assertThat(MoyasarAmounts.toMinorExact(Money.parse("0.50", CurrencyUnit.of("SAR"))).minorUnits())
                .as("refunds have no minimum").isEqualTo(50);
    }

    @Test
    void refuses_what_moyasar_cannot_represent_or_does_not_take() {
        assertThat(MoyasarAmounts.toMinor(Money.parse("10.50", CurrencyUnit.of("NOK"))).refusal())
                .contains("cannot be expressed");
        assertThat(MoyasarAmounts.toMinor(Money.parse("10.00", CurrencyUnit.of("CHF"))).refusal())
                .contains("does not take CHF");
    }

    @Test
    void the_currency_table_is_moyasars_own() {
        assertThat(MoyasarCurrencies.find("NOK")).contains(new CurrencyUnit("NOK", 0));
        assertThat(MoyasarCurrencies.find("KWD")).contains(new CurrencyUnit("KWD", 3));
        assertThat(MoyasarCurrencies.find("JPY")).contains(new CurrencyUnit("JPY", 0));
        assertThat(MoyasarCurrencies.find("XAF")).isEmpty();
    }
}
