package dev.paybridge.adapters.moyasar;

import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.MinorUnits;
import dev.paybridge.domain.money.Money;
import java.util.Optional;

/** Converts money to and from Moyasar's integer amounts through Moyasar's exponent table, exactly or not at all. */
final class MoyasarAmounts {
    /** Moyasar refuses amounts under 100 minor units. */
    static final long MINIMUM_MINOR_UNITS = 100;

    private MoyasarAmounts() {
    }

    /** Moyasar's integer amount for a payment link, or the reason it cannot be sent (inexact, under the minimum). */
    static Conversion toMinor(Money money) {
        Conversion exact = toMinorExact(money);
        if (exact.isExact() && exact.minorUnits() < MINIMUM_MINOR_UNITS) {
            return new Conversion(0, money + " is below Moyasar's minimum of " + MINIMUM_MINOR_UNITS
                    + " smallest units of " + money.currency().code());
        }
        return exact;
    }

    /** Moyasar's integer amount at any size (refunds), or the reason it cannot be expressed. */
    static Conversion toMinorExact(Money money) {
        String code = money.currency().code();
        Optional<CurrencyUnit> moyasarUnit = MoyasarCurrencies.find(code);
        if (moyasarUnit.isEmpty()) {
            return new Conversion(0, "Moyasar does not take " + code);
        }
        int exponent = moyasarUnit.get().exponent();
        Optional<Long> minor = MinorUnits.toMinor(money.amount(), exponent);
        if (minor.isEmpty()) {
            return new Conversion(0, money + " cannot be expressed in Moyasar's smallest unit of " + code
                    + " (" + exponent + " decimals)");
        }
        return new Conversion(minor.get(), null);
    }

    /** The amount Moyasar reports, as money in the ISO currency. */
    static Money fromMinor(long minor, String code) {
        int exponent = MoyasarCurrencies.find(code).map(CurrencyUnit::exponent)
                .orElseGet(() -> CurrencyUnit.of(code).exponent());
        return new Money(MinorUnits.fromMinor(minor, exponent), CurrencyUnit.of(code));
    }

    /** A conversion: the integer amount, or why there is none. */
    record Conversion(long minorUnits, String refusal) {
        boolean isExact() {
            return refusal == null;
        }
    }
}
