package dev.paybridge.testing.mothers;

import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.invoice.PaymentId;
import dev.paybridge.domain.invoice.PaymentState;
import dev.paybridge.domain.money.Money;
import java.time.Instant;

/** Payments for tests: one gateway payment of an invoice in a given state. */
public final class Payments {
    private Payments() {
    }

    public static Payment of(InvoiceId invoiceId, String gatewayPaymentId, PaymentState state, Money amount,
            Instant at) {
        return new Payment(PaymentId.generate(), invoiceId, "fakepay", gatewayPaymentId, state, amount,
                Money.zero(amount.currency()), new Payment.PaymentMethod("creditcard", "visa", "1111"), null, at, at);
    }
}
