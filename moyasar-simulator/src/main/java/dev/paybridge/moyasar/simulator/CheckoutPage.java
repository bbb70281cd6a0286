package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The hosted payment page an invoice's {@code url} points at: GET shows the form (or the invoice's final state),
 * POST pays; approval redirects (303) to {@code success_url}, a decline shows its reason and the form again.
 */
final class CheckoutPage {

    private final InvoiceBook invoices;
    private final PaymentProcessor processor;

    CheckoutPage(InvoiceBook invoices, PaymentProcessor processor) {
        this.invoices = invoices;
        this.processor = processor;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/invoices/{id}/checkout", this::show);
        routes.post("/invoices/{id}/checkout", this::pay);
    }

    private void show(Context ctx) {
        Invoice invoice = find(ctx);
        if (invoice == null) {
            return;
        }
        if (invoice.status() != InvoiceStatus.INITIATED) {
            ctx.html(CheckoutHtml.state(invoice));
            return;
        }
        ctx.html(CheckoutHtml.form(invoice, null, Map.of(), Json.object()));
    }

    private void pay(Context ctx) {
        Invoice invoice = find(ctx);
        if (invoice == null) {
            return;
        }
        if (invoice.status() != InvoiceStatus.INITIATED) {
            ctx.status(409).html(CheckoutHtml.state(invoice));
            return;
        }
        JsonNode form = FormDecoder.decode(ctx.body());
        FieldErrors errors = new FieldErrors();
        CardDetails card = CardDetails.read(form, errors, "", processor.today());
        if (card == null) {
            ctx.status(400).html(CheckoutHtml.form(invoice, "Please correct the card details.", errors.asMap(), form));
            return;
        }
        Payment payment;
        try {
            payment = processor.payInvoice(invoice.id(), card, ctx.ip(), false);
        } catch (ApiError notPayable) {
            ctx.status(409).html(CheckoutHtml.state(invoices.find(invoice.id())));
            return;
        }
        Invoice after = invoices.find(invoice.id());
        if (payment.status() == PaymentStatus.FAILED) {
            ctx.html(CheckoutHtml.form(after, "Payment failed: " + payment.source().message(), Map.of(), form));
        } else if (after.successUrl() != null) {
            ctx.redirect(withResult(after.successUrl(), payment), HttpStatus.SEE_OTHER);
        } else {
            ctx.html(CheckoutHtml.approved(after, payment));
        }
    }

    private Invoice find(Context ctx) {
        try {
            return invoices.find(ctx.pathParam("id"));
        } catch (ApiError notFound) {
            ctx.status(404).html(CheckoutHtml.notFound());
            return null;
        }
    }

    /** Moyasar appends the payment's id, status and message to the redirect. */
    private static String withResult(String url, Payment payment) {
        return url + (url.contains("?") ? "&" : "?") + "id=" + encode(payment.id()) + "&status="
                + encode(payment.status().wireName()) + "&message=" + encode(payment.source().message());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
