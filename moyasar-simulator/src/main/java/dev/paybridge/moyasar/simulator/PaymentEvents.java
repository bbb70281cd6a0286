package dev.paybridge.moyasar.simulator;

/** Where payment state changes go, under the state lock, so webhooks and callbacks can be sent. */
interface PaymentEvents {

    /** A payment changed state; {@code eventType} is the canonical name, e.g. {@code payment_paid}. */
    void paymentChanged(SimulatedAccount account, String eventType, Payment payment);

    /** An invoice became paid; its {@code callback_url}, if any, receives the invoice. */
    void invoicePaid(Invoice invoice);
}
