package dev.paybridge.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {
    private static final CurrencyUnit SAR = CurrencyUnit.of("SAR");
    private static final CurrencyUnit KWD = CurrencyUnit.of("KWD");
    private static final CurrencyUnit JPY = CurrencyUnit.of("JPY");

    @Test
    void knows_the_iso_exponents_gateways_rely_on() {
        assertThat(CurrencyUnit.of("JPY").exponent()).isZero();
        assertThat(CurrencyUnit.of("KRW").exponent()).isZero();
        for (String twoDecimals : new String[] {"SAR", "USD", "EUR", "AED", "QAR", "EGP"}) {
            assertThat(CurrencyUnit.of(twoDecimals).exponent()).as(twoDecimals).isEqualTo(2);
        }
        for (String threeDecimals : new String[] {"KWD", "BHD", "OMR", "JOD", "TND"}) {
            assertThat(CurrencyUnit.of(threeDecimals).exponent()).as(threeDecimals).isEqualTo(3);
        }
    }

    @Test
    void refuses_unknown_and_malformed_currency_codes() {
        assertThat(CurrencyUnit.find("ZZZ")).isEmpty();
        assertThat(CurrencyUnit.find("sar")).isEmpty();
        assertThat(CurrencyUnit.find("XAU")).as("no minor units").isEmpty();
        assertThat(CurrencyUnit.find(null)).isEmpty();
    }

    @Test
    void converts_the_documented_examples_to_minor_units() {
        assertThat(MinorUnits.toMinor(Money.parse("10.00", SAR).amount(), SAR.exponent())).contains(1000L);
        assertThat(MinorUnits.toMinor(Money.parse("10.000", KWD).amount(), KWD.exponent())).contains(10000L);
        assertThat(MinorUnits.toMinor(Money.parse("12.345", KWD).amount(), KWD.exponent())).contains(12345L);
        assertThat(MinorUnits.toMinor(Money.parse("1000", JPY).amount(), JPY.exponent())).contains(1000L);
    }

    @Test
    void always_carries_the_currency_exponent() {
        assertThat(Money.parse("10", SAR).toDecimalString()).isEqualTo("10.00");
        assertThat(Money.parse("10.5", KWD).toDecimalString()).isEqualTo("10.500");
        assertThat(new Money(MinorUnits.fromMinor(1000, JPY.exponent()), JPY).toDecimalString()).isEqualTo("1000");
        assertThat(new Money(new BigDecimal("10.5000"), SAR).toDecimalString()).isEqualTo("10.50");
    }

    @Test
    void refuses_more_decimals_than_the_currency_has() {
        assertThatThrownBy(() -> Money.parse("10.001", SAR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 2 decimal places");
        assertThatThrownBy(() -> Money.parse("1000.5", JPY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(new BigDecimal("1.0001"), KWD)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_amounts_that_do_not_fit_minor_units() {
        Money huge = Money.parse("999999999999999999.999", KWD);
        assertThat(MinorUnits.toMinor(huge.amount(), KWD.exponent())).isEmpty();
    }

    @Test
    void rounds_line_amounts_half_up() {
        assertThat(Money.roundHalfUp(new BigDecimal("0.125"), SAR).toDecimalString()).isEqualTo("0.13");
        assertThat(Money.roundHalfUp(new BigDecimal("0.124999"), SAR).toDecimalString()).isEqualTo("0.12");
        assertThat(Money.roundHalfUp(new BigDecimal("15.0000"), KWD).toDecimalString()).isEqualTo("15.000");
        assertThat(Money.roundHalfUp(new BigDecimal("2.5"), JPY).toDecimalString()).isEqualTo("3");
    }

    @Test
    void adds_and_subtracts_only_the_same_currency() {
        Money ten = Money.parse("10.00", SAR);
        assertThat(ten.plus(Money.parse("0.05", SAR)).toDecimalString()).isEqualTo("10.05");
        assertThat(ten.minus(ten).isPositive()).isFalse();
        assertThatThrownBy(() -> ten.plus(Money.parse("1.000", KWD))).isInstanceOf(IllegalArgumentException.class);
    }
}
