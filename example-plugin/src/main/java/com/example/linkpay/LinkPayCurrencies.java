package com.example.linkpay;

import dev.paybridge.domain.money.CurrencyUnit;
import java.util.Map;
import java.util.Optional;

/** The currencies LinkPay settles, with its exponents (ISO 4217's, SEK included): Europe, the US and Japan only. */
final class LinkPayCurrencies {
    private static final Map<String, Integer> EXPONENTS = Map.of(
            "EUR", 2, "GBP", 2, "CHF", 2, "USD", 2, "SEK", 2, "DKK", 2, "JPY", 0);

    private LinkPayCurrencies() {
    }

    static Optional<CurrencyUnit> find(String code) {
        return Optional.ofNullable(EXPONENTS.get(code)).map(exponent -> new CurrencyUnit(code, exponent));
    }
}
