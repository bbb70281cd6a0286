package dev.paybridge.application.port.in.invoice;

import dev.paybridge.application.command.TextRules;
import dev.paybridge.application.outcome.Violations;
import dev.paybridge.domain.invoice.Customer;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.tenant.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A new invoice, a draft or finalized at once, maybe idempotent. A command that exists has a customer, at most 100
 * well-formed lines and valid metadata; what depends on the environment (the currency its gateway takes, the due
 * date against today, the total) is the use case's check.
 */
public record CreateInvoiceCommand(
        Scope scope,
        Customer customer,
        CurrencyUnit currency,
        LocalDate dueDate,
        List<NewLineItem> lineItems,
        Map<String, String> metadata,
        boolean finalizeNow,
        Optional<Idempotency> idempotency) {
    public static final int MAX_LINES = 100;
    public static final int MAX_TEXT = 255;
    public static final int MAX_EMAIL = 320;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public CreateInvoiceCommand {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(idempotency, "idempotency");
        lineItems = List.copyOf(lineItems);
        metadata = Map.copyOf(metadata);
        Violations violations = new Violations();
        checkCustomer(violations, customer);
        if (currency == null) {
            violations.add("currency", "is required");
        }
        if (lineItems.isEmpty()) {
            violations.add("lineItems", "must have at least one line");
        } else if (lineItems.size() > MAX_LINES) {
            violations.add("lineItems", "must have at most " + MAX_LINES + " lines");
        }
        for (int i = 0; i < lineItems.size(); i++) {
            lineItems.get(i).check(violations, "lineItems[" + i + "].");
        }
        TextRules.checkMetadata(violations, "metadata", metadata);
        violations.throwIfAny();
    }

    private static void checkCustomer(Violations violations, Customer customer) {
        if (customer == null) {
            violations.add("customer", "is required");
            return;
        }
        if (customer.externalId().isBlank()) {
            violations.add("customer.externalId", "is required");
        } else {
            TextRules.checkText(violations, "customer.externalId", customer.externalId(), MAX_TEXT);
        }
        TextRules.checkText(violations, "customer.name", customer.name(), MAX_TEXT);
        if (customer.email() != null && (customer.email().length() > MAX_EMAIL
                || !EMAIL.matcher(customer.email()).matches())) {
            violations.add("customer.email", "must be an email address");
        }
    }

    /**
     * The client's key, a fingerprint of its request, and how the caller answers a new create: the answer is kept
     * with the key, in the same transaction, so every retry gets it back byte for byte.
     */
    public record Idempotency(String key, String fingerprint, AnswerFormat format) {
        public static final int MAX_KEY_LENGTH = 255;

        public Idempotency {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(format, "format");
            if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH || key.indexOf('\u0000') >= 0) {
                Violations.of("idempotencyKey", "must be 1 to " + MAX_KEY_LENGTH + " characters").throwIfAny();
            }
        }
    }

    /** Writes the answer a caller gives for a created invoice: its status code and body, opaque to the use case. */
    @FunctionalInterface
    public interface AnswerFormat {
        RememberedAnswer answer(InvoiceView created);
    }
}
