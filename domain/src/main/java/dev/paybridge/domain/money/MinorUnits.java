package dev.paybridge.domain.money;

import java.math.BigDecimal;
import java.util.Optional;

/** Exact conversion between a decimal amount and an integer count of minor units at a given exponent. */
public final class MinorUnits {
    private MinorUnits() {
    }

    /** The amount as minor units, or empty when it has more decimals than the exponent allows or overflows a long. */
    public static Optional<Long> toMinor(BigDecimal amount, int exponent) {
        BigDecimal shifted = amount.movePointRight(exponent);
        if (shifted.signum() != 0 && shifted.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(shifted.setScale(0).longValueExact());
        } catch (ArithmeticException tooLarge) {
            return Optional.empty();
        }
    }

    public static BigDecimal fromMinor(long minor, int exponent) {
        return BigDecimal.valueOf(minor, exponent);
    }
}
