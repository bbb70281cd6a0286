package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies for tests, valid unless changed. */
final class Bodies {

    private Bodies() {
    }

    static ObjectNode invoice() {
        return invoice(12550);
    }

    static ObjectNode invoice(long amount) {
        ObjectNode body = SimulatorHttp.JSON.createObjectNode();
        body.put("amount", amount);
        body.put("currency", "SAR");
        body.put("description", "Invoice INV-1001");
        return body;
    }

    static ObjectNode card(String number) {
        ObjectNode source = SimulatorHttp.JSON.createObjectNode();
        source.put("type", "creditcard");
        source.put("name", "Test Payer");
        source.put("number", number);
        source.put("month", "12");
        source.put("year", "2040");
        source.put("cvc", "123");
        return source;
    }
}
