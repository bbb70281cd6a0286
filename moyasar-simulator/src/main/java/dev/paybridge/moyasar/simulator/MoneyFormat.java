package dev.paybridge.moyasar.simulator;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Moyasar's minor-unit exponent table (the one the paybridge Moyasar plugin offers: NOK and SEK count whole units,
 * as in Moyasar's own table, unlike ISO 4217) and its "125.50 SAR" amount format.
 */
final class MoneyFormat {

    private static final Map<String, Integer> EXPONENTS = Map.ofEntries(
            Map.entry("SAR", 2), Map.entry("USD", 2), Map.entry("EUR", 2), Map.entry("AED", 2),
            Map.entry("QAR", 2), Map.entry("EGP", 2), Map.entry("GBP", 2),
            Map.entry("KWD", 3), Map.entry("BHD", 3), Map.entry("OMR", 3), Map.entry("JOD", 3),
            Map.entry("TND", 3),
            Map.entry("JPY", 0), Map.entry("KRW", 0), Map.entry("NOK", 0), Map.entry("SEK", 0));

    private MoneyFormat() {
    }

    static Optional<String> normalize(String currency) {
        if (currency == null) {
            return Optional.empty();
        }
        String upper = currency.trim().toUpperCase(Locale.ROOT);
        return EXPONENTS.containsKey(upper) ? Optional.of(upper) : Optional.empty();
    }

    static String format(long minorUnits, String currency) {
        Integer exponent = EXPONENTS.get(currency);
        if (exponent == null) {
            throw new IllegalArgumentException("unsupported currency " + currency);
        }
        return BigDecimal.valueOf(minorUnits, exponent).toPlainString() + " " + currency;
    }
}
