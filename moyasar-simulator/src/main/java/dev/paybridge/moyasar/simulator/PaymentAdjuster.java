package dev.paybridge.moyasar.simulator;

import java.time.Instant;
import java.util.Set;

/** Changes settled payments: refund (partial or full), capture an authorization, void; the invoice follows. */
final class PaymentAdjuster {

    private final SimulatorState state;
    private final PaymentEvents events;

    PaymentAdjuster(SimulatorState state, PaymentEvents events) {
        this.state = state;
        this.events = events;
    }

    /** Refunds {@code amount} (all that is left when null); fully refunded payments and invoices read refunded. */
    Payment refund(StoredPayment payment, Long amount) {
        return state.atomically(() -> {
            require(payment, Set.of(PaymentStatus.PAID, PaymentStatus.CAPTURED), "refunded");
            long refundable = payment.captured - payment.refunded;
            long refund = checkedAmount(amount, refundable);
            Instant now = state.now();
            payment.refunded += refund;
            payment.refundedAt = now;
            payment.updatedAt = now;
            if (payment.refunded == payment.captured) {
                payment.status = PaymentStatus.REFUNDED;
                moveInvoice(payment, InvoiceStatus.REFUNDED, now);
            }
            events.paymentChanged(payment.owner.account, WebhookEvents.PAYMENT_REFUNDED, payment.snapshot());
            return payment.snapshot();
        });
    }

    /** Captures an authorized payment ({@code amount} up to the authorized one; all of it when null). */
    Payment capture(StoredPayment payment, Long amount) {
        return state.atomically(() -> {
            require(payment, Set.of(PaymentStatus.AUTHORIZED), "captured");
            long capture = checkedAmount(amount, payment.amount);
            Instant now = state.now();
            Fees.capture(payment, capture, now);
            payment.status = PaymentStatus.CAPTURED;
            if (payment.invoice != null) {
                payment.invoice.paidAt = now;
                moveInvoice(payment, InvoiceStatus.PAID, now);
            }
            events.paymentChanged(payment.owner.account, WebhookEvents.PAYMENT_CAPTURED, payment.snapshot());
            if (payment.invoice != null) {
                events.invoicePaid(payment.invoice.snapshot(now));
            }
            return payment.snapshot();
        });
    }

    /** Voids a paid, captured or authorized payment that has no refunds; its invoice becomes voided. */
    Payment voidPayment(StoredPayment payment) {
        return state.atomically(() -> {
            require(payment, Set.of(PaymentStatus.PAID, PaymentStatus.CAPTURED, PaymentStatus.AUTHORIZED),
                    "voided");
            if (payment.refunded > 0) {
                throw ApiError.invalidRequest("Payment has refunds and cannot be voided");
            }
            Instant now = state.now();
            payment.status = PaymentStatus.VOIDED;
            payment.voidedAt = now;
            payment.updatedAt = now;
            moveInvoice(payment, InvoiceStatus.VOIDED, now);
            events.paymentChanged(payment.owner.account, WebhookEvents.PAYMENT_VOIDED, payment.snapshot());
            return payment.snapshot();
        });
    }

    private static void require(StoredPayment payment, Set<PaymentStatus> allowed, String verb) {
        if (!allowed.contains(payment.status)) {
            throw ApiError.invalidRequest("Payment is " + payment.status.wireName() + " and cannot be " + verb);
        }
    }

    private static long checkedAmount(Long requested, long limit) {
        if (requested == null) {
            return limit;
        }
        FieldErrors errors = new FieldErrors();
        if (requested < 1) {
            errors.add("amount", "must be greater than 0");
        } else if (requested > limit) {
            errors.add("amount", "must be less than or equal to " + limit);
        }
        errors.throwIfAny();
        return requested;
    }

    private static void moveInvoice(StoredPayment payment, InvoiceStatus status, Instant now) {
        if (payment.invoice != null) {
            payment.invoice.status = status;
            payment.invoice.updatedAt = now;
        }
    }
}
