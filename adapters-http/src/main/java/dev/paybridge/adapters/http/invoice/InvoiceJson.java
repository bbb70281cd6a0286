package dev.paybridge.adapters.http.invoice;

import dev.paybridge.application.port.in.invoice.InvoiceView;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceSync;
import dev.paybridge.domain.invoice.LineItem;
import dev.paybridge.domain.invoice.LinkCancellation;
import dev.paybridge.domain.invoice.PaymentLink;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An invoice as the API shows it: amounts as decimal strings at the currency's exponent, link and sync state. */
record InvoiceJson(
        String id,
        String number,
        String invoiceStatus,
        String paymentStatus,
        String currency,
        String total,
        String amountPaid,
        String amountRemaining,
        CustomerJson customer,
        List<LineItemJson> lineItems,
        String dueDate,
        Map<String, String> metadata,
        LinkJson paymentLink,
        SyncJson sync,
        CancellationJson linkCancellation,
        String createdAt,
        String finalizedAt,
        String paidAt,
        String voidedAt) {

    static InvoiceJson of(InvoiceView view, Instant now) {
        Invoice invoice = view.invoice();
        InvoiceSync sync = view.sync();
        return new InvoiceJson(invoice.id().value(), invoice.number(), invoice.status().wireName(),
                invoice.paymentStatus().wireName(), invoice.currency().code(), invoice.total().toDecimalString(),
                invoice.amountPaid().toDecimalString(), invoice.amountRemaining().toDecimalString(),
                new CustomerJson(invoice.customer().externalId(), invoice.customer().name(), invoice.customer().email()),
                invoice.lineItems().stream().map(LineItemJson::of).toList(),
                invoice.dueDate() == null ? null : invoice.dueDate().toString(), invoice.metadata(),
                view.paymentLink().map(link -> LinkJson.of(link, now)).orElse(null),
                new SyncJson(sync.state().wireName(), sync.attempts(), sync.lastError()),
                view.linkCancellation().map(CancellationJson::of).orElse(null),
                text(invoice.createdAt()), text(invoice.finalizedAt()), text(invoice.paidAt()), text(invoice.voidedAt()));
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }


    record CustomerJson(String externalId, String name, String email) {
    }

    record LineItemJson(String description, String quantity, String unitAmount, String amount) {
        static LineItemJson of(LineItem line) {
            return new LineItemJson(line.description(), line.quantity().stripTrailingZeros().toPlainString(),
                    line.unitAmount().stripTrailingZeros().toPlainString(), line.amount().toDecimalString());
        }
    }

    record LinkJson(String providerType, String url, String gatewayInvoiceId, String status, String expiresAt) {
        static LinkJson of(PaymentLink link, Instant now) {
            return new LinkJson(link.providerType(), link.url(), link.gatewayInvoiceId(), link.shownStatus(now),
                    text(link.expiresAt()));
        }
    }

    record SyncJson(String state, int attempts, String lastError) {
    }

    /** The latest cancellation of a link the invoice no longer uses; a refused one means it was paid meanwhile. */
    record CancellationJson(String gatewayInvoiceId, String state, int attempts, String lastError) {
        static CancellationJson of(LinkCancellation cancellation) {
            return new CancellationJson(cancellation.gatewayInvoiceId(), cancellation.state().wireName(),
                    cancellation.attempts(), cancellation.lastError());
        }
    }
}
