package dev.paybridge.moyasar.simulator;

import java.util.Comparator;
import java.util.List;

/** Reads payments: one by id (scoped to an account or not) and filtered, paged lists newest first. */
final class PaymentBook {

    private final SimulatorState state;

    PaymentBook(SimulatorState state) {
        this.state = state;
    }

    Payment find(StoredAccount account, String id) {
        return state.atomically(() -> state.payment(account, id).snapshot());
    }

    Payment find(String id) {
        return state.atomically(() -> state.payment(id).snapshot());
    }

    Page<Payment> list(StoredAccount account, ListQuery query) {
        return Page.of(matching(account, query), query.page(), query.per());
    }

    List<Payment> all(StoredAccount account) {
        return matching(account, ListQuery.everything());
    }

    private List<Payment> matching(StoredAccount account, ListQuery query) {
        return state.atomically(() -> account.payments.values().stream()
                .sorted(Comparator.comparingLong((StoredPayment payment) -> payment.sequence).reversed())
                .filter(payment -> query.matches(payment.status.wireName(), payment.createdAt, payment.metadata))
                .map(StoredPayment::snapshot)
                .toList());
    }
}
