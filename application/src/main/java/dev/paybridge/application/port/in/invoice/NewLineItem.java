package dev.paybridge.application.port.in.invoice;

import dev.paybridge.application.command.TextRules;
import dev.paybridge.application.outcome.Violations;
import java.math.BigDecimal;

/** A line as the caller asks for it: its amount is computed from these by the invoice's currency. */
public record NewLineItem(String description, BigDecimal quantity, BigDecimal unitAmount) {
    public static final int MAX_DESCRIPTION = 500;
    /** A unit amount may carry more decimals than its currency (usage prices), up to this many. */
    public static final int MAX_UNIT_DECIMALS = 12;

    /** Adds a message for each rule the line breaks, each field under {@code prefix}. */
    void check(Violations violations, String prefix) {
        if (description == null || description.isBlank()) {
            violations.add(prefix + "description", "is required");
        } else {
            TextRules.checkText(violations, prefix + "description", description, MAX_DESCRIPTION);
        }
        if (quantity == null) {
            violations.add(prefix + "quantity", "is required");
        } else if (quantity.signum() <= 0) {
            violations.add(prefix + "quantity", "must be greater than zero");
        } else if (quantity.scale() > MAX_UNIT_DECIMALS) {
            violations.add(prefix + "quantity", "must have at most " + MAX_UNIT_DECIMALS + " decimal places");
        }
        if (unitAmount == null) {
            violations.add(prefix + "unitAmount", "is required");
        } else if (unitAmount.signum() < 0) {
            violations.add(prefix + "unitAmount", "must not be negative");
        } else if (unitAmount.scale() > MAX_UNIT_DECIMALS) {
            violations.add(prefix + "unitAmount", "must have at most " + MAX_UNIT_DECIMALS + " decimal places");
        }
    }
}
