package dev.paybridge.adapters.moyasar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paybridge.application.spi.ConnectionCheck;
import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.application.spi.GatewayPaymentLink;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.application.spi.GatewayResult.RefusalReason;
import dev.paybridge.application.spi.PaymentGateway;
import dev.paybridge.application.spi.PaymentLinkRequest;
import dev.paybridge.application.spi.WebhookVerification;
import dev.paybridge.domain.connection.GatewayMode;
import dev.paybridge.domain.money.Money;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Moyasar gateway for one connection: invoices are payment links, our invoice id travels in their metadata. */
final class MoyasarGateway implements PaymentGateway {
    /** The metadata key that carries our invoice id, so an earlier attempt can be found after a crash. */
    static final String INVOICE_ID_KEY = "paybridge_invoice_id";
    private final MoyasarHttp http;
    private final GatewayMode mode;
    private final MoyasarWebhooks webhooks;

    MoyasarGateway(MoyasarHttp http, GatewayMode mode, MoyasarWebhooks webhooks) {
        this.http = http;
        this.mode = mode;
        this.webhooks = webhooks;
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
        request.metadata().forEach(metadata::put);
        metadata.put(INVOICE_ID_KEY, request.invoiceId());
        return MoyasarResults.of(http.write("POST", "/invoices", body), MoyasarJson::invoice);
    }

    @Override
    public GatewayResult<List<GatewayPaymentLink>> findPaymentLinks(String invoiceId) {
        String query = "/invoices?" + encode("metadata[" + INVOICE_ID_KEY + "]") + "=" + encode(invoiceId);
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
        if (canceled instanceof GatewayResult.Refused<GatewayPaymentLink> refused
                && refused.reason() == RefusalReason.INVALID_REQUEST) {
            GatewayResult<GatewayPaymentLink> current = fetchPaymentLink(gatewayInvoiceId);
            if (current instanceof GatewayResult.Succeeded<GatewayPaymentLink> found
                    && (found.value().status() == GatewayPaymentLink.LinkStatus.CANCELED
                    || found.value().status() == GatewayPaymentLink.LinkStatus.EXPIRED)) {
                return current;
            }
        }
        return canceled;
    }

    @Override
    public GatewayResult<GatewayPayment> fetchPayment(String gatewayPaymentId) {
        return MoyasarResults.of(http.get("/payments/" + encode(gatewayPaymentId)), MoyasarJson::payment);
    }

    @Override
    public GatewayResult<GatewayPayment> refund(String gatewayPaymentId, Optional<Money> amount) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (amount.isPresent()) {
            MoyasarAmounts.Conversion minor = MoyasarAmounts.toMinorExact(amount.get());
            if (!minor.isExact()) {
                return GatewayResult.refused(RefusalReason.NOT_REPRESENTABLE, minor.refusal());
            }
            body.put("amount", minor.minorUnits());
        }
        JsonNode sent = body.isEmpty() ? null : body;
        return MoyasarResults.of(http.write("POST", "/payments/" + encode(gatewayPaymentId) + "/refund", sent),
                MoyasarJson::payment);
    }

    @Override
    public WebhookVerification verifyAndParseWebhook(Map<String, List<String>> headers, byte[] rawBody) {
        return webhooks.verify(headers, rawBody);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
