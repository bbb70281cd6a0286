package com.example.linkpay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paybridge.application.spi.ConnectionCheck;
import dev.paybridge.application.spi.GatewayPaymentLink;
import dev.paybridge.application.spi.GatewayResult;
import dev.paybridge.application.spi.GatewayResult.RefusalReason;
import dev.paybridge.application.spi.PaymentGateway;
import dev.paybridge.application.spi.PaymentLinkRequest;
import dev.paybridge.application.spi.WebhookVerification;
import dev.paybridge.domain.connection.GatewayMode;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.money.MinorUnits;
import dev.paybridge.domain.money.Money;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One connection to LinkPay: checkout sessions are the payment links; our invoice id is their {@code reference}. */
final class LinkPayGateway implements PaymentGateway {
    private final LinkPayHttp http;
    private final GatewayMode mode;
    private final LinkPaySignatures signatures;

    LinkPayGateway(LinkPayHttp http, GatewayMode mode, LinkPaySignatures signatures) {
        this.http = http;
        this.mode = mode;
        this.signatures = signatures;
    }

    @Override
    public GatewayResult<ConnectionCheck> testConnection() {
        return LinkPayResults.of(http.get("/account"), ignored -> new ConnectionCheck(mode));
    }

    @Override
    public GatewayResult<GatewayPaymentLink> createPaymentLink(PaymentLinkRequest request) {
        Money amount = request.amount();
        boolean exact = LinkPayCurrencies.find(amount.currency().code())
                .flatMap(unit -> MinorUnits.toMinor(amount.amount(), unit.exponent())).isPresent();
        if (!exact) {
            return GatewayResult.refused(RefusalReason.NOT_REPRESENTABLE, "LinkPay cannot take " + amount);
        }
        ObjectNode body = LinkPayHttp.MAPPER.createObjectNode();
        body.set("amount", LinkPayJson.amount(amount));
        body.put("reference", request.invoiceId().value());
        body.put("description", request.description());
        if (request.expiresAt() != null) {
            body.put("expires_at", request.expiresAt().toString());
        }
        if (request.successUrl() != null) {
            body.put("return_url", request.successUrl());
        }
        if (request.backUrl() != null) {
            body.put("cancel_url", request.backUrl());
        }
        return LinkPayResults.of(http.post("/checkout_sessions", body), LinkPayJson::session);
    }

    @Override
    public GatewayResult<List<GatewayPaymentLink>> findPaymentLinks(InvoiceId invoiceId) {
        return LinkPayResults.of(http.get("/checkout_sessions?reference=" + encode(invoiceId.value())), page -> {
            List<GatewayPaymentLink> sessions = new ArrayList<>();
            page.path("data").forEach(session -> sessions.add(LinkPayJson.session(session)));
            return sessions;
        });
    }

    @Override
    public GatewayResult<GatewayPaymentLink> fetchPaymentLink(String gatewayInvoiceId) {
        return LinkPayResults.of(http.get("/checkout_sessions/" + encode(gatewayInvoiceId)), LinkPayJson::session);
    }

    @Override
    public GatewayResult<GatewayPaymentLink> cancelPaymentLink(String gatewayInvoiceId) {
        return LinkPayResults.of(http.post("/checkout_sessions/" + encode(gatewayInvoiceId) + "/cancel", null),
                LinkPayJson::session);
    }

    @Override
    public WebhookVerification verifyAndParseWebhook(Map<String, List<String>> headers, byte[] rawBody) {
        JsonNode event;
        try {
            event = LinkPayHttp.MAPPER.readTree(rawBody);
        } catch (IOException notJson) {
            return new WebhookVerification.Malformed("body", "is not valid JSON");
        }
        if (event == null || !event.isObject() || !event.path("event_id").isTextual()
                || !event.path("event_type").isTextual()) {
            return new WebhookVerification.Malformed("body", "must be a LinkPay event with event_id and event_type");
        }
        List<String> header = headers.getOrDefault(LinkPaySignatures.HEADER, List.of());
        String problem = signatures.problem(header.isEmpty() ? null : header.get(0), rawBody);
        if (problem != null) {
            return new WebhookVerification.Unauthenticated(problem);
        }
        return new WebhookVerification.Verified(LinkPayEvents.of(event, new String(rawBody, StandardCharsets.UTF_8)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
