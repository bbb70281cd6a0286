package dev.paybridge.testing.fakes;

import dev.paybridge.application.port.out.persistence.PaymentTargets;
import dev.paybridge.application.port.out.persistence.WebhookVerifier;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEvent;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The webhook's reads and writes on the in-memory store, through the fakes that own each table. */
public final class InMemoryPaymentTargets implements PaymentTargets {
    private final InMemoryStore store;
    private final InMemoryWebhookEventRepository events;
    private final InMemoryPaymentLinkRepository links;
    private final InMemoryInvoiceRepository invoices;
    private final InMemoryPaymentRepository payments;
    private final AtomicInteger locksAlone = new AtomicInteger();

    public InMemoryPaymentTargets(InMemoryStore store, InMemoryWebhookEventRepository events,
            InMemoryPaymentLinkRepository links, InMemoryInvoiceRepository invoices, InMemoryPaymentRepository payments) {
        this.store = store;
        this.events = events;
        this.links = links;
        this.invoices = invoices;
        this.payments = payments;
    }

    @Override
    public Optional<PaymentTarget> lock(Scope scope, String providerType, String gatewayInvoiceId) {
        locksAlone.incrementAndGet();
        return target(scope, providerType, gatewayInvoiceId);
    }

    /** Test knob: how often a target was locked on its own, not with an event's insert. */
    public int locksAlone() {
        return locksAlone.get();
    }

    private Optional<PaymentTarget> target(Scope scope, String providerType, String gatewayInvoiceId) {
        return store.statement(() -> links.findByGatewayInvoiceId(scope, providerType, gatewayInvoiceId)
                .flatMap(link -> invoices.findForUpdate(scope, link.invoiceId())
                        .map(invoice -> new PaymentTarget(link, invoice, payments.listForInvoice(scope, invoice.id())))));
    }

    @Override
    public Intake storeAndLock(WebhookEvent event, Optional<WebhookVerifier> verifier, String gatewayInvoiceId) {
        return store.statement(() -> {
            verifier.ifPresent(checked -> VerifierChecks.require(store, checked));
            return new Intake(events.insert(event), target(event.scope(), event.providerType(), gatewayInvoiceId));
        });
    }

    @Override
    public void record(Scope scope, Payment payment, Invoice invoice, PaymentLink link,
            Optional<LinkStatus> linkStatus) {
        store.run(() -> {
            payments.save(scope, payment);
            linkStatus.ifPresent(status -> links.updateStatus(scope, link.invoiceId(), link.gatewayInvoiceId(), status,
                    null));
            invoices.update(invoice);
        });
    }
}
