package dev.paybridge.moyasar.simulator;

/**
 * The card {@code source} of a payment, as Moyasar reports it: number masked ({@code 4111-11XX-XXXX-1111}),
 * {@code message} and the ISO 8583 {@code responseCode} ("00" approved) the acquirer gave.
 */
public record CardSource(
        String type,
        String company,
        String name,
        String number,
        String gatewayId,
        String referenceNumber,
        String token,
        String message,
        String transactionUrl,
        String responseCode) {
}
