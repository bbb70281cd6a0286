package dev.paybridge.application.spi;

import dev.paybridge.domain.invoice.InvoiceId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One connection's view of a gateway, built by {@link PaymentGatewayProvider#open} from its decrypted credentials.
 * Every call answers a {@link GatewayResult}; none throws for a gateway failure. Implementations are thread-safe.
 */
public interface PaymentGateway {

    /**
     * Proves the credentials with a read-only call. Succeeded: they work, in the reported mode. Refused
     * (INVALID_CREDENTIALS, INSUFFICIENT_PERMISSIONS): they do not. Unknown: the gateway could not be asked.
     * Moves no money and changes nothing at the gateway.
     */
    GatewayResult<ConnectionCheck> testConnection();

    /**
     * Creates a hosted payment link. Succeeded: a payer can now pay exactly {@code request.amount()}. Refused:
     * nothing was created. Unknown: a link may exist; call {@link #findPaymentLinks} before creating again, or the
     * customer may be asked to pay twice.
     */
    GatewayResult<GatewayPaymentLink> createPaymentLink(PaymentLinkRequest request);

    /**
     * Looks for links created earlier for our invoice id (crash and timeout recovery), each carrying it back as its
     * {@link GatewayPaymentLink#invoiceReference()}. Succeeded with an empty list: the gateway has none, so creating
     * one is safe. Links are newest first.
     */
    GatewayResult<List<GatewayPaymentLink>> findPaymentLinks(InvoiceId invoiceId);

    /** Reads one link with its payments: the source of truth for whether money arrived. */
    GatewayResult<GatewayPaymentLink> fetchPaymentLink(String gatewayInvoiceId);

    /**
     * Cancels a link so nothing more can be paid on it. Succeeded: nothing can be paid on it any more (canceled now,
     * or already canceled or expired). Refused: it cannot be canceled (for instance it was paid).
     */
    GatewayResult<GatewayPaymentLink> cancelPaymentLink(String gatewayInvoiceId);

    /**
     * Authenticates one webhook delivery against this connection's secret and parses it. Pure: no network call.
     * {@code headers} are keyed in lower case.
     */
    WebhookVerification verifyAndParseWebhook(Map<String, List<String>> headers, byte[] rawBody);

    /**
     * The gateway's webhook API for this connection, present exactly when the provider declares
     * {@link PaymentGatewayProvider#webhookSetup()}.
     */
    default Optional<GatewayWebhooks> webhooks() {
        return Optional.empty();
    }
}
