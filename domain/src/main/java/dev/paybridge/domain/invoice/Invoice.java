package dev.paybridge.domain.invoice;

import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.Money;
import dev.paybridge.domain.tenant.Scope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An invoice of one tenant environment and its state machine: draft → finalized → voided, paid on the side. */
public record Invoice(
        InvoiceId id,
        Scope scope,
        String number,
        InvoiceStatus status,
        PaymentStatus paymentStatus,
        CurrencyUnit currency,
        Money total,
        Money amountPaid,
        Customer customer,
        List<LineItem> lineItems,
        LocalDate dueDate,
        Map<String, String> metadata,
        Instant createdAt,
        Instant finalizedAt,
        Instant paidAt,
        Instant voidedAt) {

    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(paymentStatus, "paymentStatus");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(amountPaid, "amountPaid");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(createdAt, "createdAt");
        lineItems = List.copyOf(lineItems);
        metadata = Map.copyOf(metadata);
        if (lineItems.isEmpty()) {
            throw new IllegalArgumentException("an invoice has at least one line");
        }
        Money sum = lineItems.stream().map(LineItem::amount).reduce(Money.zero(currency), Money::plus);
        if (!sum.equals(total)) {
            throw new IllegalArgumentException("total " + total + " is not the sum of the lines " + sum);
        }
    }

    /** A new draft invoice; its total is the exact sum of its lines and must be positive. */
    public static Invoice draft(InvoiceId id, Scope scope, String number, CurrencyUnit currency, Customer customer,
            List<LineItem> lines, LocalDate dueDate, Map<String, String> metadata, Instant now) {
        Money total = lines.stream().map(LineItem::amount).reduce(Money.zero(currency), Money::plus);
        if (!total.isPositive()) {
            throw new IllegalArgumentException("the total must be positive");
        }
        return new Invoice(id, scope, number, InvoiceStatus.DRAFT, PaymentStatus.PENDING, currency, total,
                Money.zero(currency), customer, lines, dueDate, metadata, now, null, null, null);
    }

    /** {@code total − amount_paid}, never below zero. */
    public Money amountRemaining() {
        Money remaining = total.minus(amountPaid);
        return remaining.isPositive() ? remaining : Money.zero(currency);
    }

    public boolean isPaid() {
        return paymentStatus == PaymentStatus.SUCCEEDED;
    }

    /** Whether a payer may pay it now: finalized, not voided, something remains. */
    public boolean isPayable() {
        return status == InvoiceStatus.FINALIZED && amountRemaining().isPositive()
                && paymentStatus != PaymentStatus.REFUNDED && paymentStatus != PaymentStatus.PARTIALLY_REFUNDED;
    }

    /** Why the invoice cannot be finalized now; empty when it can. */
    public Optional<String> finalizeRefusal() {
        return status == InvoiceStatus.DRAFT ? Optional.empty()
                : Optional.of("only a draft invoice can be finalized; this one is " + status.wireName());
    }

    public Invoice finalized(Instant now) {
        finalizeRefusal().ifPresent(refusal -> {
            throw new InvoiceStateException(refusal);
        });
        return new Invoice(id, scope, number, InvoiceStatus.FINALIZED, paymentStatus, currency, total, amountPaid,
                customer, lineItems, dueDate, metadata, createdAt, now, paidAt, voidedAt);
    }

    /** Why the invoice cannot be voided now; empty when it can. */
    public Optional<String> voidRefusal() {
        if (status == InvoiceStatus.VOIDED) {
            return Optional.of("the invoice is already voided");
        }
        if (amountPaid.isPositive() || (paymentStatus != PaymentStatus.PENDING && paymentStatus != PaymentStatus.FAILED)) {
            return Optional.of("an invoice with payments (" + paymentStatus.wireName()
                    + ") cannot be voided; refund it instead");
        }
        return Optional.empty();
    }

    public Invoice voided(Instant now) {
        voidRefusal().ifPresent(refusal -> {
            throw new InvoiceStateException(refusal);
        });
        return new Invoice(id, scope, number, InvoiceStatus.VOIDED, paymentStatus, currency, total, amountPaid,
                customer, lineItems, dueDate, metadata, createdAt, finalizedAt, paidAt, now);
    }

    /**
     * The invoice's payment figures derived from all its payments (so applying news twice, or out of order, cannot
     * double-count): {@code amount_paid} is the money received in its currency; refunds make it (partially) refunded;
     * it succeeds exactly when nothing remains and nothing was refunded.
     */
    public Invoice withPayments(List<Payment> payments, Instant now) {
        Money received = Money.zero(currency);
        Money refunded = Money.zero(currency);
        boolean anyFailed = false;
        for (Payment payment : payments) {
            if (!payment.amount().currency().equals(currency)) {
                continue;
            }
            if (payment.state().received()) {
                received = received.plus(payment.amount());
                refunded = refunded.plus(payment.amountRefunded());
            }
            anyFailed |= payment.state() == PaymentState.FAILED;
        }
        PaymentStatus next;
        if (refunded.isPositive()) {
            next = refunded.compareTo(received) >= 0 ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        } else if (received.isPositive() && !total.minus(received).isPositive()) {
            next = PaymentStatus.SUCCEEDED;
        } else if (!received.isPositive() && anyFailed) {
            next = PaymentStatus.FAILED;
        } else {
            next = PaymentStatus.PENDING;
        }
        Instant paid = next == PaymentStatus.SUCCEEDED ? (paidAt == null ? now : paidAt) : paidAt;
        return new Invoice(id, scope, number, status, next, currency, total, received, customer, lineItems, dueDate,
                metadata, createdAt, finalizedAt, paid, voidedAt);
    }
}
