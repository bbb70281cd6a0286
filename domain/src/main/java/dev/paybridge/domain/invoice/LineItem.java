package dev.paybridge.domain.invoice;

import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/** One invoice line: its amount is {@code quantity × unit_amount} rounded half-up to the currency's minor unit. */
public record LineItem(String description, BigDecimal quantity, BigDecimal unitAmount, Money amount) {
    public LineItem {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitAmount, "unitAmount");
        Objects.requireNonNull(amount, "amount");
    }

    public static LineItem of(String description, BigDecimal quantity, BigDecimal unitAmount, CurrencyUnit currency) {
        return new LineItem(description, quantity, unitAmount, Money.roundHalfUp(quantity.multiply(unitAmount), currency));
    }
}
