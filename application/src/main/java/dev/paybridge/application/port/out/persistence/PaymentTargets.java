package dev.paybridge.application.port.out.persistence;

import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What applying a gateway's payment news reads and writes, each in one go (the webhook's hot path): the link the
 * payment was made on with its invoice, locked until the transaction ends, and the invoice's payments; then the
 * payment, the invoice's new figures and the link's new status together. Call inside a transaction.
 */
public interface PaymentTargets {

    /** The link with this gateway invoice id, its invoice (locked) and the invoice's payments, oldest first. */
    Optional<PaymentTarget> lock(Scope scope, String providerType, String gatewayInvoiceId);

    /**
     * A webhook's first step, in one go: stores the event as {@link WebhookEventRepository#insert} does, then locks
     * the target of the payment it reports as {@link #lock} does, in the event's scope and of its provider. The event
     * comes first, so a second delivery of the same event waits for the first one's transaction as it would for the
     * insert alone; the target is locked whether or not the event was new. With a {@code verifier}, it checks first, in
     * the same go, that the verifying connection is unchanged, and throws {@link VerifierChangedException} when it is
     * not: the caller's transaction then rolls the insert back.
     */
    Intake storeAndLock(WebhookEvent event, Optional<WebhookVerifier> verifier, String gatewayInvoiceId);

    /**
     * Stores the payment (new, or merged into the one with its id), the invoice's payment figures and timestamps, and,
     * when {@code linkStatus} is given, the link's new status.
     */
    void record(Scope scope, Payment payment, Invoice invoice, PaymentLink link, Optional<LinkStatus> linkStatus);

    /** Whether the event was stored now (not a second delivery), and the target it locked, if one was found. */
    record Intake(boolean stored, Optional<PaymentTarget> target) {
        public Intake {
            Objects.requireNonNull(target, "target");
        }
    }

    /** A link with its locked invoice and that invoice's payments. */
    record PaymentTarget(PaymentLink link, Invoice invoice, List<Payment> payments) {
        public PaymentTarget {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(invoice, "invoice");
            payments = List.copyOf(payments);
        }
    }
}
