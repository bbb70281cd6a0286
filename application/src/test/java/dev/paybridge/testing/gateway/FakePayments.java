package dev.paybridge.testing.gateway;

import dev.paybridge.domain.invoice.PaymentState;

/** The fake gateway's words for payment states, deliberately unlike paybridge's. */
final class FakePayments {
    private FakePayments() {
    }

    static String word(PaymentState state) {
        return switch (state) {
            case SUCCEEDED -> "captured";
            case FAILED -> "declined";
            case PENDING, AUTHORIZED -> "in_flight";
            default -> state.wireName();
        };
    }
}
