package dev.paybridge.application.gateway;

import dev.paybridge.application.port.out.GatewayCallSlots;
import dev.paybridge.application.spi.ConnectionCheck;
import dev.paybridge.application.spi.GatewayPaymentLink;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.application.spi.GatewayWebhook;
import dev.paybridge.application.spi.GatewayWebhooks;
import dev.paybridge.application.spi.PaymentGateway;
import dev.paybridge.application.spi.PaymentLinkRequest;
import dev.paybridge.application.spi.WebhookVerification;
import dev.paybridge.domain.invoice.InvoiceId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A plugin's gateway whose network calls each take a {@link GatewayCallSlots} slot; verifying a webhook takes none. */
record SlottedGateway(PaymentGateway gateway, GatewayCallSlots slots) implements PaymentGateway {

    @Override
    public GatewayResult<ConnectionCheck> testConnection() {
        return slots.call(gateway::testConnection);
    }

    @Override
    public GatewayResult<GatewayPaymentLink> createPaymentLink(PaymentLinkRequest request) {
        return slots.call(() -> gateway.createPaymentLink(request));
    }

    @Override
    public GatewayResult<List<GatewayPaymentLink>> findPaymentLinks(InvoiceId invoiceId) {
        return slots.call(() -> gateway.findPaymentLinks(invoiceId));
    }

    @Override
    public GatewayResult<GatewayPaymentLink> fetchPaymentLink(String gatewayInvoiceId) {
        return slots.call(() -> gateway.fetchPaymentLink(gatewayInvoiceId));
    }

    @Override
    public GatewayResult<GatewayPaymentLink> cancelPaymentLink(String gatewayInvoiceId) {
        return slots.call(() -> gateway.cancelPaymentLink(gatewayInvoiceId));
    }

    @Override
    public WebhookVerification verifyAndParseWebhook(Map<String, List<String>> headers, byte[] rawBody) {
        return gateway.verifyAndParseWebhook(headers, rawBody);
    }

    @Override
    public Optional<GatewayWebhooks> webhooks() {
        return gateway.webhooks().map(webhooks -> new SlottedWebhooks(webhooks, slots));
    }

    private record SlottedWebhooks(GatewayWebhooks webhooks, GatewayCallSlots slots) implements GatewayWebhooks {

        @Override
        public GatewayResult<Optional<GatewayWebhook>> find(String url) {
            return slots.call(() -> webhooks.find(url));
        }

        @Override
        public GatewayResult<GatewayWebhook> register(String url) {
            return slots.call(() -> webhooks.register(url));
        }

        @Override
        public GatewayResult<GatewayWebhook> update(String webhookId, String url) {
            return slots.call(() -> webhooks.update(webhookId, url));
        }

        @Override
        public GatewayResult<String> delete(String webhookId) {
            return slots.call(() -> webhooks.delete(webhookId));
        }

        @Override
        public GatewayResult<GatewayWebhook> answerChallenge(String webhookId, String code) {
            return slots.call(() -> webhooks.answerChallenge(webhookId, code));
        }

        @Override
        public GatewayResult<GatewayWebhook> requestChallenge(String webhookId) {
            return slots.call(() -> webhooks.requestChallenge(webhookId));
        }
    }
}
