package dev.paybridge.moyasar.simulator;

import java.util.Map;

/** What is being charged: the amount, its currency and the details a payment copies. */
record PaymentRequest(long amount, String currency, String description, String ip, String callbackUrl,
                      Map<String, String> metadata) {

    PaymentRequest {
        metadata = Map.copyOf(metadata);
    }
}
