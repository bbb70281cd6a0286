package dev.paybridge.application.service.invoice;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.outcome.Violations;
import dev.paybridge.application.port.in.invoice.CreateInvoiceCommand;
import dev.paybridge.application.port.in.invoice.NewLineItem;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.domain.invoice.LineItem;
import dev.paybridge.domain.money.DecimalText;
import dev.paybridge.domain.money.MinorUnits;
import dev.paybridge.domain.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a new invoice that depend on where it is made: the currency its gateway takes, the due date against
 * today, and the amounts (a positive total of at most 18 integer digits that the gateway can express exactly).
 */
final class InvoiceRules {

    private InvoiceRules() {
    }

    /** The invoice's lines, computed; refused naming every offending field. */
    static Outcome<List<LineItem>> check(CreateInvoiceCommand command, Optional<PaymentGatewayProvider> gateway,
            LocalDate today) {
        Violations violations = new Violations();
        String currency = command.currency().code();
        gateway.filter(provider -> provider.currency(currency).isEmpty()).ifPresent(provider ->
                violations.add("currency", "is not supported by " + provider.displayName()));
        if (command.dueDate() != null && command.dueDate().isBefore(today)) {
            violations.add("dueDate", "must not be in the past");
        }
        List<LineItem> lines = command.lineItems().stream().map(line -> lineItem(line, command)).toList();
        Money total = lines.stream().map(LineItem::amount).reduce(Money.zero(command.currency()), Money::plus);
        for (int i = 0; i < lines.size(); i++) {
            if (tooLarge(lines.get(i).amount())) {
                violations.add("lineItems[" + i + "]", "the line amount exceeds " + DecimalText.MAX_INTEGER_DIGITS
                        + " integer digits");
            }
        }
        if (!total.isPositive()) {
            violations.add("lineItems", "the total must be positive");
        } else if (tooLarge(total)) {
            violations.add("lineItems", "the total exceeds " + DecimalText.MAX_INTEGER_DIGITS + " integer digits");
        } else {
            gateway.flatMap(provider -> provider.currency(currency))
                    .filter(unit -> MinorUnits.toMinor(total.amount(), unit.exponent()).isEmpty())
                    .ifPresent(unit -> violations.add("currency", "the total " + total
                            + " cannot be expressed in the gateway's smallest unit"));
        }
        return violations.isEmpty() ? Outcome.done(lines) : Outcome.refused(violations.refusal());
    }

    private static LineItem lineItem(NewLineItem line, CreateInvoiceCommand command) {
        return LineItem.of(line.description(), line.quantity(), line.unitAmount(), command.currency());
    }

    private static boolean tooLarge(Money amount) {
        return amount.amount().precision() - amount.amount().scale() > DecimalText.MAX_INTEGER_DIGITS;
    }
}
