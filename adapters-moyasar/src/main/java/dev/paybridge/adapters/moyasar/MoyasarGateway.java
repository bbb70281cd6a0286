package dev.paybridge.adapters.moyasar;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paybridge.application.spi.ConnectionCheck;
import dev.paybridge.application.spi.GatewayPaymentLink;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.application.spi.GatewayResult.RefusalReason;
import dev.paybridge.application.spi.GatewayWebhooks;
import dev.paybridge.application.spi.PaymentGateway;
import dev.paybridge.application.spi.PaymentLinkRequest;
import dev.paybridge.application.spi.WebhookVerification;
import dev.paybridge.domain.connection.GatewayMode;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LinkStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Moyasar gateway for one connection: invoices are payment links, our invoice id travels in their metadata. */
final class MoyasarGateway implements PaymentGateway {
    private final MoyasarHttp http;
    private final GatewayMode mode;
    private final MoyasarWebhooks webhooks;
    private final MoyasarWebhookApi webhookApi;

    MoyasarGateway(MoyasarHttp http, GatewayMode mode, MoyasarWebhooks webhooks, MoyasarWebhookApi webhookApi) {
        this.http = http;
        this.mode = mode;
        this.webhooks = webhooks;
        this.webhookApi = webhookApi;
    }

    @Override
    public GatewayResult<ConnectionCheck> testConnection() {
        return MoyasarResults.of(http.get("/invoices?page=1"), ignored -> new ConnectionCheck(mode));
    }

    @Override
    public GatewayResult<GatewayPaymentLink> createPaymentLink(PaymentLinkRequest request) {
        MoyasarAmounts.Conversion amount = MoyasarAmounts.toMinor(request.amount());
        if (!amount.isExact()) {
            return GatewayResult.refused(RefusalReason.NOT_REPRESENTABLE, amount.refusal());
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("amount", amount.minorUnits());
        body.put("currency", request.amount().currency().code());
        body.put("description", request.description());
        if (request.expiresAt() != null) {
            body.put("expired_at", request.expiresAt().toString());
        }
        if (request.successUrl() != null) {
            body.put("success_url", request.successUrl());
        }
        if (request.backUrl() != null) {
            body.put("back_url", request.backUrl());
        }
        ObjectNode metadata = body.putObject("metadata");
        metadata.put(MoyasarJson.INVOICE_ID_KEY, request.invoiceId().value());
        metadata.put("paybridge_invoice_number", request.invoiceNumber());
        metadata.put("paybridge_tenant_id", request.scope().tenantId().value());
        metadata.put("paybridge_environment_id", request.scope().environmentId().value());
        return MoyasarResults.of(http.write("POST", "/invoices", body), MoyasarJson::invoice);
    }

    @Override
    public GatewayResult<List<GatewayPaymentLink>> findPaymentLinks(InvoiceId invoiceId) {
        String query = "/invoices?" + encode("metadata[" + MoyasarJson.INVOICE_ID_KEY + "]") + "=" + encode(invoiceId.value());
        return MoyasarResults.of(http.get(query), page -> {
            List<GatewayPaymentLink> links = new ArrayList<>();
            page.path("invoices").forEach(invoice -> links.add(MoyasarJson.invoice(invoice)));
            return links;
        });
    }

    @Override
    public GatewayResult<GatewayPaymentLink> fetchPaymentLink(String gatewayInvoiceId) {
        return MoyasarResults.of(http.get("/invoices/" + encode(gatewayInvoiceId)), MoyasarJson::invoice);
    }

    @Override
    public GatewayResult<GatewayPaymentLink> cancelPaymentLink(String gatewayInvoiceId) {
        GatewayResult<GatewayPaymentLink> canceled = MoyasarResults.of(
                http.write("PUT", "/invoices/" + encode(gatewayInvoiceId) + "/cancel", null), MoyasarJson::invoice);
        boolean refusedAsInvalid = canceled.fold(done -> false, no -> no.reason() == RefusalReason.INVALID_REQUEST,
                unknown -> false);
        return refusedAsInvalid ? alreadyClosed(gatewayInvoiceId).orElse(canceled) : canceled;
    }

    /** Moyasar refuses to cancel an invoice that is canceled or expired already: that is a cancellation done. */
    private Optional<GatewayResult<GatewayPaymentLink>> alreadyClosed(String gatewayInvoiceId) {
        GatewayResult<GatewayPaymentLink> current = fetchPaymentLink(gatewayInvoiceId);
        boolean closed = current.fold(found -> found.status() == LinkStatus.CANCELED
                || found.status() == LinkStatus.EXPIRED, no -> false, unknown -> false);
        return closed ? Optional.of(current) : Optional.empty();
    }

    @Override
    public WebhookVerification verifyAndParseWebhook(Map<String, List<String>> headers, byte[] rawBody) {
        return webhooks.verify(headers, rawBody);
    }

    @Override
    public Optional<GatewayWebhooks> webhooks() {
        return Optional.of(webhookApi);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
