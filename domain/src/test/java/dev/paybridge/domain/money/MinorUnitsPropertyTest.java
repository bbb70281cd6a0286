package dev.paybridge.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class MinorUnitsPropertyTest {

    @Provide
    Arbitrary<CurrencyUnit> currencies() {
        List<CurrencyUnit> all = Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .flatMap(code -> CurrencyUnit.find(code).stream())
                .toList();
        return Arbitraries.of(all);
    }

    @Property
    void minor_units_round_trip_for_every_supported_currency(
            @ForAll("currencies") CurrencyUnit currency, @ForAll @LongRange(min = -1_000_000_000_000_000L,
                    max = 1_000_000_000_000_000L) long minor) {
        Money money = new Money(MinorUnits.fromMinor(minor, currency.exponent()), currency);
        assertThat(MinorUnits.toMinor(money.amount(), currency.exponent())).contains(minor);
        assertThat(Money.parse(money.toDecimalString(), currency)).isEqualTo(money);
    }

    @Property
    void an_amount_with_one_decimal_too_many_is_never_representable(
            @ForAll("currencies") CurrencyUnit currency, @ForAll @LongRange(min = 1, max = 1_000_000_000L) long minor,
            @ForAll @LongRange(min = 1, max = 9) long extraDigit) {
        BigDecimal tooPrecise = BigDecimal.valueOf(minor * 10 + extraDigit, currency.exponent() + 1);
        assertThat(MinorUnits.toMinor(tooPrecise, currency.exponent())).isEmpty();
    }

    @Property
    void trailing_zeros_never_change_the_minor_units(
            @ForAll("currencies") CurrencyUnit currency, @ForAll @LongRange(min = 0, max = 1_000_000_000L) long minor) {
        BigDecimal padded = BigDecimal.valueOf(minor, currency.exponent()).setScale(currency.exponent() + 4);
        assertThat(MinorUnits.toMinor(padded, currency.exponent())).contains(minor);
    }
}
