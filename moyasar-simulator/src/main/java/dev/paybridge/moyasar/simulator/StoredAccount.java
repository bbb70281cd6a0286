package dev.paybridge.moyasar.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** An account's own objects inside {@link SimulatorState}; guarded by the state's lock. */
final class StoredAccount {

    final SimulatedAccount account;
    final Map<String, StoredInvoice> invoices = new LinkedHashMap<>();
    final Map<String, StoredPayment> payments = new LinkedHashMap<>();
    final Map<String, StoredWebhook> webhooks = new LinkedHashMap<>();

    StoredAccount(SimulatedAccount account) {
        this.account = account;
    }
}
