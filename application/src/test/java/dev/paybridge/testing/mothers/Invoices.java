package dev.paybridge.testing.mothers;

import dev.paybridge.domain.invoice.Customer;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LineItem;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.Money;
import dev.paybridge.domain.tenant.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Invoices for tests: a one-line draft of a given total, made in a given environment at a given time. */
public final class Invoices {
    private Invoices() {
    }

    public static Invoice draft(Scope scope, String number, Money total, Instant createdAt) {
        return draft(scope, number, total, new Customer("cus_1", "Ada Lovelace", "ada@example.test"), createdAt);
    }

    public static Invoice draft(Scope scope, String number, Money total, Customer customer, Instant createdAt) {
        return Invoice.draft(InvoiceId.generate(), scope, number, total.currency(), customer,
                List.of(new LineItem("Consulting", new BigDecimal("2.5"), total.amount().divide(new BigDecimal("2.5")).stripTrailingZeros(),
                        total)),
                LocalDate.of(2031, 1, 31), Map.of("order", "A-1"), createdAt);
    }

    public static Money sar(String amount) {
        return Money.parse(amount, CurrencyUnit.of("SAR"));
    }
}
