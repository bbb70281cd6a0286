package dev.paybridge.bootstrap.sync;

/** Moyasar webhook bodies, as the real service sends them, for deliveries a test crafts itself. */
final class MoyasarEvents {
    private MoyasarEvents() {
    }

    static String paid(String eventId, String paymentId, String gatewayInvoiceId, long amount, String currency,
            String ourInvoiceId) {
        String metadata = ourInvoiceId == null ? "null" : "{\"paybridge_invoice_id\": \"" + ourInvoiceId + "\"}";
        return """
                {"id": "%s", "type": "payment_paid", "created_at": "2026-11-28T07:00:00.000Z",
                 "secret_token": "%s", "account_name": "Acme", "live": false,
                 "data": {"id": "%s", "status": "paid", "amount": %d, "fee": 0, "currency": "%s", "refunded": 0,
                          "invoice_id": "%s", "created_at": "2026-11-28T06:59:00.000Z", "metadata": %s,
                          "source": {"type": "creditcard", "company": "visa", "number": "XXXX-XXXX-XXXX-1111",
                                     "message": "APPROVED"}}}
                """.formatted(eventId, GatewayFixture.WEBHOOK_SECRET, paymentId, amount, currency, gatewayInvoiceId,
                metadata);
    }
}
