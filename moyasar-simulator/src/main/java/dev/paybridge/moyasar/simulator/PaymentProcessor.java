package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/** Charges cards: payments on an invoice's hosted page and direct {@code POST /v1/payments}; emits their events. */
final class PaymentProcessor {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final SimulatorState state;
    private final PaymentEvents events;

    PaymentProcessor(SimulatorState state, PaymentEvents events) {
        this.state = state;
        this.events = events;
    }

    YearMonth today() {
        return YearMonth.from(state.now().atZone(ZoneOffset.UTC));
    }

    /** Pays an initiated invoice; a declined card gives a failed payment and leaves the invoice payable. */
    Payment payInvoice(String invoiceId, CardDetails card, String ip, boolean authorizeOnly) {
        return state.atomically(() -> {
            StoredInvoice invoice = state.invoice(invoiceId);
            Instant now = state.now();
            InvoiceStatus current = invoice.statusAt(now);
            if (current != InvoiceStatus.INITIATED) {
                throw ApiError.invalidRequest("Invoice is " + current.wireName() + " and cannot be paid");
            }
            PaymentRequest request = new PaymentRequest(invoice.amount, invoice.currency, invoice.description, ip,
                    invoice.callbackUrl, invoice.metadata);
            StoredPayment payment = charge(invoice.owner, invoice, UUID.randomUUID().toString(), request, card,
                    authorizeOnly);
            invoice.payments.add(payment);
            if (payment.status == PaymentStatus.PAID) {
                invoice.status = InvoiceStatus.PAID;
                invoice.paidAt = now;
            } else if (payment.status == PaymentStatus.AUTHORIZED) {
                invoice.status = InvoiceStatus.ON_HOLD;
            }
            invoice.updatedAt = now;
            announce(payment);
            if (invoice.status == InvoiceStatus.PAID) {
                events.invoicePaid(invoice.snapshot(now));
            }
            return payment.snapshot();
        });
    }

    /** {@code POST /v1/payments}: a card payment outside any invoice; answers even when declined. */
    Payment create(StoredAccount account, JsonNode body, String ip) {
        FieldErrors errors = new FieldErrors();
        RequestFields fields = new RequestFields(body, errors, "");
        Long amount = fields.amount("amount", true);
        String currency = fields.currency("currency", InvoiceDraft.DEFAULT_CURRENCY);
        String description = fields.text("description", false);
        String callbackUrl = fields.url("callback_url");
        Map<String, String> metadata = fields.metadata("metadata").asCreated();
        String givenId = givenId(Json.text(body, "given_id"), errors);
        CardDetails card = readSource(body.get("source"), errors);
        errors.throwIfAny();
        return state.atomically(() -> {
            if (givenId != null && state.paymentIdTaken(givenId)) {
                throw ApiError.usedGivenId();
            }
            String id = givenId == null ? UUID.randomUUID().toString() : givenId;
            PaymentRequest request = new PaymentRequest(amount, currency, description, ip, callbackUrl, metadata);
            StoredPayment payment = charge(account, null, id, request, card, false);
            announce(payment);
            return payment.snapshot();
        });
    }

    private static String givenId(String text, FieldErrors errors) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            errors.add("given_id", "must be a UUID");
            return null;
        }
    }

    private CardDetails readSource(JsonNode source, FieldErrors errors) {
        if (source == null || !source.isObject()) {
            errors.add("source", "can't be blank");
            return null;
        }
        String type = Json.text(source, "type");
        if (!"creditcard".equals(type)) {
            errors.add("source.type", "is not supported by the simulator (only creditcard)");
            return null;
        }
        return CardDetails.read(source, errors, "source.", today());
    }

    private StoredPayment charge(StoredAccount account, StoredInvoice invoice, String id, PaymentRequest request,
                                 CardDetails card, boolean authorizeOnly) {
        Instant now = state.now();
        TestCards.CardOutcome outcome = TestCards.outcome(card.number());
        CardSource source = new CardSource("creditcard", card.company(), card.name(), CardMask.mask(card.number()),
                "moyasar_ap_" + random(ALPHANUMERIC, 22), random("0123456789", 12), null, outcome.message(), null,
                outcome.responseCode());
        StoredPayment payment = new StoredPayment(id, state.nextSequence(), account, invoice, request, source, now);
        if (!outcome.approved()) {
            payment.status = PaymentStatus.FAILED;
        } else if (authorizeOnly) {
            payment.status = PaymentStatus.AUTHORIZED;
        } else {
            payment.status = PaymentStatus.PAID;
            Fees.capture(payment, payment.amount, now);
        }
        state.add(payment);
        return payment;
    }

    private void announce(StoredPayment payment) {
        String type;
        switch (payment.status) {
            case PAID: type = WebhookEvents.PAYMENT_PAID; break;
            case AUTHORIZED: type = WebhookEvents.PAYMENT_AUTHORIZED; break;
            default: type = WebhookEvents.PAYMENT_FAILED; break;
        }
        events.paymentChanged(payment.owner.account, type, payment.snapshot());
    }

    private static String random(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
