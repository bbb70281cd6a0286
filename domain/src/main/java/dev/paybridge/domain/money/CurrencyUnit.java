package dev.paybridge.domain.money;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** An ISO 4217 currency with its minor-unit exponent (0 for JPY, 2 for SAR, 3 for KWD), from the JDK's ISO table. */
public record CurrencyUnit(String code, int exponent) {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    public CurrencyUnit {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("currency code must be three upper-case letters: " + code);
        }
        if (exponent < 0 || exponent > 4) {
            throw new IllegalArgumentException("currency exponent out of range: " + exponent);
        }
    }

    /** The ISO 4217 currency with this code; empty for an unknown code or one without minor units (XAU, XXX). */
    public static Optional<CurrencyUnit> find(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        try {
            int digits = Currency.getInstance(code).getDefaultFractionDigits();
            return digits < 0 ? Optional.empty() : Optional.of(new CurrencyUnit(code, digits));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public static CurrencyUnit of(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown ISO 4217 currency: " + code));
    }

    @Override
    public String toString() {
        return code;
    }
}
