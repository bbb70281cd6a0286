package dev.paybridge.testing.gateway;

/** One call paybridge made to the fake gateway and what it was about (an invoice id, a link id, a payment id). */
public record GatewayCall(GatewayOperation operation, String subject) {
}
