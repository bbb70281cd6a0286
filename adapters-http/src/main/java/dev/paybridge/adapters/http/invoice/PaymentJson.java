package dev.paybridge.adapters.http.invoice;

import dev.paybridge.domain.invoice.Payment;

/** A payment as the API shows it. */
record PaymentJson(String id, String invoiceId, String providerType, String gatewayPaymentId, String status,
        String amount, String amountRefunded, String currency, MethodJson method, String failureMessage,
        String createdAt) {

    static PaymentJson of(Payment payment) {
        return new PaymentJson(payment.id().value(), payment.invoiceId().value(), payment.providerType(),
                payment.gatewayPaymentId(), payment.state().wireName(), payment.amount().toDecimalString(),
                payment.amountRefunded().toDecimalString(), payment.amount().currency().code(),
                payment.method() == null ? null : new MethodJson(payment.method().type(), payment.method().company(),
                        payment.method().last4()),
                payment.failureMessage(), payment.createdAt().toString());
    }

    record MethodJson(String type, String company, String last4) {
    }
}
