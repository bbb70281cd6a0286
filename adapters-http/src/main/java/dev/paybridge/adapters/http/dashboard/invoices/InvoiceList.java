package dev.paybridge.adapters.http.dashboard.invoices;

import dev.paybridge.application.page.Page;
import dev.paybridge.application.port.in.invoice.InvoiceView;
import dev.paybridge.domain.invoice.InvoiceStatus;
import dev.paybridge.domain.invoice.PaymentStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The invoice list: one page of invoices, the filters that chose them, and the links to the pages around it. */
public record InvoiceList(Page<InvoiceView> page, String invoiceStatus, String paymentStatus, String customer,
        Instant now) {

    public List<String> invoiceStatuses() {
        return Arrays.stream(InvoiceStatus.values()).map(InvoiceStatus::wireName).toList();
    }

    public List<String> paymentStatuses() {
        return Arrays.stream(PaymentStatus.values()).map(PaymentStatus::wireName).toList();
    }

    public long first() {
        return page.items().isEmpty() ? 0 : page.request().offset() + 1L;
    }

    public long last() {
        return page.request().offset() + (long) page.items().size();
    }

    public boolean hasPrevious() {
        return page.request().offset() > 0;
    }

    public boolean hasNext() {
        return last() < page.total();
    }

    public String previousUrl() {
        return url(Math.max(0, page.request().offset() - page.request().limit()));
    }

    public String nextUrl() {
        return url(page.request().offset() + page.request().limit());
    }

    private String url(int offset) {
        return "/dashboard/invoices?invoice_status=" + encode(invoiceStatus) + "&payment_status="
                + encode(paymentStatus) + "&customer=" + encode(customer) + "&offset=" + offset;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
