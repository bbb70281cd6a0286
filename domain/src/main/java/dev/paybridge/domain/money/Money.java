package dev.paybridge.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An exact amount of one currency, always held at the currency's exponent ("10.00" SAR, "12.345" KWD, "1000" JPY). */
public record Money(BigDecimal amount, CurrencyUnit currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.stripTrailingZeros().scale() > currency.exponent()) {
            throw new IllegalArgumentException(
                    amount.toPlainString() + " has more decimals than " + currency.code() + " allows ("
                            + currency.exponent() + ")");
        }
        amount = amount.setScale(currency.exponent(), RoundingMode.UNNECESSARY);
    }

    public static Money zero(CurrencyUnit currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Parses an API decimal string, refusing more decimals than the currency has. */
    public static Money parse(String decimal, CurrencyUnit currency) {
        return new Money(DecimalText.parse(decimal, currency.exponent()), currency);
    }

    /** Rounds an exact product (a line's quantity times its unit amount) half-up to the currency's minor unit. */
    public static Money roundHalfUp(BigDecimal exact, CurrencyUnit currency) {
        return new Money(exact.setScale(currency.exponent(), RoundingMode.HALF_UP), currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
        }
        return other;
    }

    /** The amount as the API writes it: a plain decimal at the currency's exponent. */
    public String toDecimalString() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.code();
    }
}
