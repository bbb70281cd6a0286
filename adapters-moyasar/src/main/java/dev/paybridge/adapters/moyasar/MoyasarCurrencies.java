package dev.paybridge.adapters.moyasar;

import dev.paybridge.domain.money.CurrencyUnit;
import java.util.Map;
import java.util.Optional;

/**
 * The currencies Moyasar takes and its own minor-unit exponents, kept as data: they follow Moyasar's table, which
 * differs from ISO 4217 for a few codes (NOK and SEK count whole units).
 */
final class MoyasarCurrencies {
    private static final Map<String, Integer> EXPONENTS = Map.ofEntries(
            Map.entry("SAR", 2), Map.entry("USD", 2), Map.entry("EUR", 2), Map.entry("AED", 2), Map.entry("QAR", 2),
            Map.entry("EGP", 2), Map.entry("GBP", 2),
            Map.entry("KWD", 3), Map.entry("BHD", 3), Map.entry("OMR", 3), Map.entry("JOD", 3), Map.entry("TND", 3),
            Map.entry("JPY", 0), Map.entry("KRW", 0), Map.entry("NOK", 0), Map.entry("SEK", 0));

    private MoyasarCurrencies() {
    }

    static Optional<CurrencyUnit> find(String code) {
        return Optional.ofNullable(EXPONENTS.get(code)).map(exponent -> new CurrencyUnit(code, exponent));
    }
}
