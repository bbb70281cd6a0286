package dev.paybridge.benchmarks.micro;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Inputs of the micro-benchmarks: a Moyasar {@code payment_paid} delivery as the real service sends it. */
final class MicroFixtures {
    private MicroFixtures() {
    }

    static String paymentPaid(String secretToken) {
        return """
                {"id": "8d4fa1b6-4c35-4f0d-9a59-5b6f4a0e4a11", "type": "payment_paid",
                 "created_at": "2026-11-28T07:00:00.000Z", "secret_token": "%s", "account_name": "Acme",
                 "live": false,
                 "data": {"id": "b1b7a6c2-31a4-4a4e-9d6e-1f2a3b4c5d6e", "status": "paid", "amount": 1000, "fee": 0,
                          "currency": "SAR", "refunded": 0, "refunded_at": null, "captured": 1000,
                          "captured_at": null, "voided_at": null, "description": "Invoice INV-000042",
                          "amount_format": "10.00 SAR", "fee_format": "0.00 SAR", "refunded_format": "0.00 SAR",
                          "captured_format": "10.00 SAR", "invoice_id": "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
                          "ip": null, "callback_url": null, "created_at": "2026-11-28T06:59:00.000Z",
                          "updated_at": "2026-11-28T06:59:30.000Z",
                          "metadata": {"paybridge_invoice_id": "inv_01JBENCHMARK0000000000000"},
                          "source": {"type": "creditcard", "company": "visa", "name": "Card Holder",
                                     "number": "XXXX-XXXX-XXXX-1111", "gateway_id": "moyasar_cc_1",
                                     "reference_number": "125478454231", "token": null, "message": "APPROVED",
                                     "transaction_url": null}}}
                """.formatted(secretToken);
    }

    static String hmacSha256Hex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
