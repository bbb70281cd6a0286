package dev.paybridge.moyasar.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** The hosted checkout's server-rendered HTML: no scripts, no external assets. */
final class CheckoutHtml {

    private static final String STYLE = "body{font-family:sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}"
            + "label{display:block;margin:.6rem 0}input{display:block;width:100%;padding:.4rem;box-sizing:border-box}"
            + ".notice{padding:.6rem;background:#fde8e8;color:#8a1c1c}.amount{font-size:1.6rem;font-weight:bold}"
            + "button{margin-top:1rem;padding:.6rem 1.2rem}";

    private CheckoutHtml() {
    }

    static String form(Invoice invoice, String notice, Map<String, List<String>> errors, JsonNode entered) {
        StringBuilder body = new StringBuilder(header(invoice));
        if (notice != null) {
            body.append("<p class=\"notice\" id=\"notice\">").append(escape(notice)).append("</p>");
        }
        errors.forEach((field, messages) -> messages.forEach(message -> body.append("<p class=\"notice\">")
                .append(escape(field)).append(' ').append(escape(message)).append("</p>")));
        body.append("<form method=\"post\" action=\"/invoices/").append(escape(invoice.id())).append("/checkout\">")
                .append(input("Name on card", "name", Json.text(entered, "name"), "cc-name"))
                .append(input("Card number", "number", null, "cc-number"))
                .append(input("Expiry month (MM)", "month", Json.text(entered, "month"), "cc-exp-month"))
                .append(input("Expiry year (YYYY)", "year", Json.text(entered, "year"), "cc-exp-year"))
                .append(input("CVC", "cvc", null, "cc-csc"))
                .append("<button type=\"submit\">Pay ").append(escape(invoice.amountFormat())).append("</button>")
                .append("</form>");
        if (invoice.backUrl() != null) {
            body.append("<p><a href=\"").append(escape(invoice.backUrl())).append("\">Back</a></p>");
        }
        return page("Pay " + invoice.amountFormat(), body.toString());
    }

    static String state(Invoice invoice) {
        return page("Invoice " + invoice.status().wireName(), header(invoice)
                + "<p id=\"state\">This invoice is <strong>" + escape(invoice.status().wireName())
                + "</strong> and cannot be paid.</p>");
    }

    static String approved(Invoice invoice, Payment payment) {
        return page("Payment approved", header(invoice) + "<p id=\"result\">Payment <strong>"
                + escape(payment.status().wireName()) + "</strong>: " + escape(payment.source().message())
                + "</p><p>Payment id: <code>" + escape(payment.id()) + "</code></p>");
    }

    static String notFound() {
        return page("Not found", "<h1>Invoice not found</h1>");
    }

    private static String header(Invoice invoice) {
        return "<h1>" + escape(invoice.description()) + "</h1><p class=\"amount\">" + escape(invoice.amountFormat())
                + "</p>";
    }

    private static String input(String label, String name, String value, String autocomplete) {
        return "<label>" + escape(label) + "<input name=\"" + name + "\" autocomplete=\"" + autocomplete + "\" value=\""
                + escape(value == null ? "" : value) + "\" required></label>";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " · Moyasar simulator</title><style>" + STYLE + "</style></head><body>" + body
                + "<footer><small>Moyasar simulator hosted checkout</small></footer></body></html>\n";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<': escaped.append("&lt;"); break;
                case '>': escaped.append("&gt;"); break;
                case '&': escaped.append("&amp;"); break;
                case '"': escaped.append("&quot;"); break;
                case '\'': escaped.append("&#39;"); break;
                default: escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
