package dev.paybridge.moyasar.simulator;

/** The card {@code source} of a payment, as Moyasar reports it (number masked). */
public record CardSource(
        String type,
        String company,
        String name,
        String number,
        String gatewayId,
        String referenceNumber,
        String token,
        String message,
        String transactionUrl) {
}
