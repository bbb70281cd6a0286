package dev.paybridge.application.service.invoice;

import dev.paybridge.application.port.in.invoice.CreateInvoiceCommand;
import dev.paybridge.application.port.in.invoice.NewLineItem;
import dev.paybridge.application.problem.FieldErrors;
import dev.paybridge.application.problem.TextRules;
import dev.paybridge.application.spi.PaymentGatewayProvider;
import dev.paybridge.domain.invoice.Customer;
import dev.paybridge.domain.invoice.LineItem;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.DecimalText;
import dev.paybridge.domain.money.MinorUnits;
import dev.paybridge.domain.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks a new invoice field by field and computes its lines: the amount rules of the API in one place. */
final class InvoiceRules {
    static final int MAX_LINES = 100;
    static final int MAX_UNIT_DECIMALS = 12;
    private static final int MAX_TEXT = 255;
    private static final int MAX_DESCRIPTION = 500;

    private InvoiceRules() {
    }

    /** The checked invoice content; refuses the request naming every offending field. */
    static Content check(CreateInvoiceCommand command, Optional<PaymentGatewayProvider> gateway, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        Customer customer = customer(command.customer(), errors);
        Optional<CurrencyUnit> currency = currency(command.currency(), gateway, errors);
        LocalDate dueDate = dueDate(command.dueDate(), today, errors);
        TextRules.checkMetadata(errors, "metadata", command.metadata());
        List<LineItem> lines = lines(command.lineItems(), currency, errors);
        if (currency.isPresent() && errors.isEmpty()) {
            Money total = lines.stream().map(LineItem::amount).reduce(Money.zero(currency.get()), Money::plus);
            if (!total.isPositive()) {
                errors.add("line_items", "the total must be positive");
            }
            for (int i = 0; i < lines.size(); i++) {
                if (tooLarge(lines.get(i).amount())) {
                    errors.add("line_items[" + i + "]", "the line amount exceeds " + DecimalText.MAX_INTEGER_DIGITS
                            + " integer digits");
                }
            }
            if (tooLarge(total)) {
                errors.add("line_items", "the total exceeds " + DecimalText.MAX_INTEGER_DIGITS + " integer digits");
            }
            gateway.flatMap(provider -> provider.currency(currency.get().code())).ifPresent(unit -> {
                if (MinorUnits.toMinor(total.amount(), unit.exponent()).isEmpty()) {
                    errors.add("currency", "the total " + total + " cannot be expressed in the gateway's smallest unit");
                }
            });
        }
        errors.throwIfAny();
        return new Content(customer, currency.orElseThrow(), lines, dueDate);
    }

    private static boolean tooLarge(Money amount) {
        return amount.amount().precision() - amount.amount().scale() > DecimalText.MAX_INTEGER_DIGITS;
    }

    private static Customer customer(Customer customer, FieldErrors errors) {
        if (customer == null) {
            errors.add("customer", "is required");
            return null;
        }
        if (customer.externalId() == null || customer.externalId().isBlank()) {
            errors.add("customer.external_id", "is required");
        } else if (customer.externalId().length() > MAX_TEXT) {
            errors.add("customer.external_id", "must be at most " + MAX_TEXT + " characters");
        }
        if (customer.name() != null && customer.name().length() > MAX_TEXT) {
            errors.add("customer.name", "must be at most " + MAX_TEXT + " characters");
        }
        if (customer.email() != null && (customer.email().length() > 320 || !customer.email().matches("[^@\\s]+@[^@\\s]+"))) {
            errors.add("customer.email", "must be an email address");
        }
        return customer;
    }

    private static Optional<CurrencyUnit> currency(String code, Optional<PaymentGatewayProvider> gateway,
            FieldErrors errors) {
        if (code == null) {
            errors.add("currency", "is required");
            return Optional.empty();
        }
        Optional<CurrencyUnit> currency = CurrencyUnit.find(code);
        if (currency.isEmpty()) {
            errors.add("currency", "must be an ISO 4217 currency code in upper case, such as SAR");
        } else if (gateway.isPresent() && gateway.get().currency(code).isEmpty()) {
            errors.add("currency", "is not supported by " + gateway.get().displayName());
        }
        return currency;
    }

    private static LocalDate dueDate(String text, LocalDate today, FieldErrors errors) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isBefore(today)) {
                errors.add("due_date", "must not be in the past");
            }
            return date;
        } catch (DateTimeParseException malformed) {
            errors.add("due_date", "must be a date written YYYY-MM-DD");
            return null;
        }
    }

    private static List<LineItem> lines(List<NewLineItem> items, Optional<CurrencyUnit> currency, FieldErrors errors) {
        if (items.isEmpty()) {
            errors.add("line_items", "must have at least one line");
        } else if (items.size() > MAX_LINES) {
            errors.add("line_items", "must have at most " + MAX_LINES + " lines");
        }
        List<LineItem> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "line_items[" + i + "].";
            NewLineItem item = items.get(i);
            if (item.description() == null || item.description().isBlank()) {
                errors.add(path + "description", "is required");
            } else if (item.description().length() > MAX_DESCRIPTION) {
                errors.add(path + "description", "must be at most " + MAX_DESCRIPTION + " characters");
            }
            BigDecimal quantity = decimal(item.quantity(), path + "quantity", errors);
            BigDecimal unitAmount = decimal(item.unitAmount(), path + "unit_amount", errors);
            if (quantity != null && quantity.signum() <= 0) {
                errors.add(path + "quantity", "must be greater than zero");
            }
            if (unitAmount != null && unitAmount.signum() < 0) {
                errors.add(path + "unit_amount", "must not be negative");
            }
            if (quantity != null && unitAmount != null && currency.isPresent() && item.description() != null) {
                lines.add(LineItem.of(item.description(), quantity, unitAmount, currency.get()));
            }
        }
        return lines;
    }

    private static BigDecimal decimal(String text, String path, FieldErrors errors) {
        if (text == null) {
            errors.add(path, "is required");
            return null;
        }
        try {
            return DecimalText.parse(text, MAX_UNIT_DECIMALS);
        } catch (IllegalArgumentException malformed) {
            errors.add(path, malformed.getMessage());
            return null;
        }
    }

    /** A checked invoice's content. */
    record Content(Customer customer, CurrencyUnit currency, List<LineItem> lines, LocalDate dueDate) {
    }
}
