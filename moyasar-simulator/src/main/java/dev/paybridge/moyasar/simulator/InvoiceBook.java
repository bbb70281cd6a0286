package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The invoice use cases of the simulated gateway: create, bulk create, update, cancel, expire, find, list. */
final class InvoiceBook {

    static final int MAX_BULK = 50;

    private final SimulatorState state;
    private final SimulatorAddress address;

    InvoiceBook(SimulatorState state, SimulatorAddress address) {
        this.state = state;
        this.address = address;
    }

    Invoice create(StoredAccount account, JsonNode body) {
        FieldErrors errors = new FieldErrors();
        InvoiceDraft draft = InvoiceDraft.read(body, state.now(), errors, "");
        errors.throwIfAny();
        return state.atomically(() -> store(account, draft).snapshot(state.now()));
    }

    List<Invoice> createBulk(StoredAccount account, JsonNode body) {
        JsonNode items = body.path("invoices");
        FieldErrors errors = new FieldErrors();
        if (!items.isArray() || items.isEmpty() || items.size() > MAX_BULK) {
            errors.add("invoices", "must be a list of 1 to " + MAX_BULK + " invoices");
            errors.throwIfAny();
        }
        List<InvoiceDraft> drafts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            drafts.add(InvoiceDraft.read(items.get(i), state.now(), errors, "invoices[" + i + "]."));
        }
        errors.throwIfAny();
        return state.atomically(() -> drafts.stream().map(draft -> store(account, draft).snapshot(state.now()))
                .toList());
    }

    private StoredInvoice store(StoredAccount account, InvoiceDraft draft) {
        String id = UUID.randomUUID().toString();
        StoredInvoice invoice = new StoredInvoice(id, state.nextSequence(), account, address.checkoutUrl(id),
                state.now());
        invoice.amount = draft.amount();
        invoice.currency = draft.currency();
        invoice.description = draft.description();
        invoice.callbackUrl = draft.callbackUrl();
        invoice.successUrl = draft.successUrl();
        invoice.backUrl = draft.backUrl();
        invoice.expiredAt = draft.expiredAt();
        invoice.metadata.putAll(draft.metadata());
        state.add(invoice);
        return invoice;
    }

    Invoice find(StoredAccount account, String id) {
        return state.atomically(() -> state.invoice(account, id).snapshot(state.now()));
    }

    Invoice find(String id) {
        return state.atomically(() -> state.invoice(id).snapshot(state.now()));
    }

    /** The account's invoices matching the query, newest first, one page of them. */
    Page<Invoice> list(StoredAccount account, ListQuery query) {
        return Page.of(matching(account, query), query.page(), query.per());
    }

    List<Invoice> all(StoredAccount account) {
        return matching(account, ListQuery.everything());
    }

    private List<Invoice> matching(StoredAccount account, ListQuery query) {
        return state.atomically(() -> {
            Instant now = state.now();
            return account.invoices.values().stream()
                    .sorted(Comparator.comparingLong((StoredInvoice invoice) -> invoice.sequence).reversed())
                    .filter(invoice -> query.matches(invoice.statusAt(now).wireName(), invoice.createdAt,
                            invoice.metadata))
                    .map(invoice -> invoice.snapshot(now))
                    .toList();
        });
    }

    /** Metadata may change at any time; the other fields only while the invoice is initiated. */
    Invoice update(StoredAccount account, String id, JsonNode body) {
        return state.atomically(() -> {
            StoredInvoice invoice = state.invoice(account, id);
            Instant now = state.now();
            FieldErrors errors = new FieldErrors();
            RequestFields fields = new RequestFields(body, errors, "");
            boolean changesTerms = List.of("amount", "currency", "description", "callback_url", "success_url",
                    "back_url", "expired_at").stream().anyMatch(fields::has);
            if (changesTerms && invoice.statusAt(now) != InvoiceStatus.INITIATED) {
                throw ApiError.invalidRequest("Invoice is " + invoice.statusAt(now).wireName()
                        + "; only its metadata can be updated");
            }
            InvoiceUpdate update = InvoiceUpdate.read(fields, invoice, now);
            errors.throwIfAny();
            update.applyTo(invoice);
            invoice.updatedAt = now;
            return invoice.snapshot(now);
        });
    }

    Invoice cancel(StoredAccount account, String id) {
        return state.atomically(() -> {
            StoredInvoice invoice = state.invoice(account, id);
            moveFromInitiated(invoice, InvoiceStatus.CANCELED, "canceled");
            return invoice.snapshot(state.now());
        });
    }

    /** Makes an initiated invoice expire now, as if its {@code expired_at} had passed. */
    Invoice expire(String id) {
        return state.atomically(() -> {
            StoredInvoice invoice = state.invoice(id);
            moveFromInitiated(invoice, InvoiceStatus.EXPIRED, "expired");
            invoice.expiredAt = invoice.updatedAt;
            return invoice.snapshot(state.now());
        });
    }

    private void moveFromInitiated(StoredInvoice invoice, InvoiceStatus target, String verb) {
        Instant now = state.now();
        InvoiceStatus current = invoice.statusAt(now);
        if (current != InvoiceStatus.INITIATED) {
            throw ApiError.invalidRequest("Invoice is " + current.wireName() + " and cannot be " + verb);
        }
        invoice.status = target;
        invoice.updatedAt = now;
    }
}
