package dev.paybridge.adapters.moyasar;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paybridge.application.spi.GatewayPayment;
import dev.paybridge.application.spi.GatewayPayment.PaymentMethod;
import dev.paybridge.application.spi.GatewayPaymentLink;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.PaymentState;
import dev.paybridge.domain.money.Money;
import java.time.Instant;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Reads Moyasar's invoice and payment objects into the SPI's values, mapping Moyasar's words to paybridge's. */
final class MoyasarJson {
    /** The metadata key that carries our invoice id, so an earlier attempt can be found after a crash. */
    static final String INVOICE_ID_KEY = "paybridge_invoice_id";
    private static final Pattern NOT_A_DIGIT = Pattern.compile("[^0-9]");

    private MoyasarJson() {
    }

    static GatewayPaymentLink invoice(JsonNode invoice) {
        String currency = required(invoice, "currency").asText();
        List<GatewayPayment> payments = new ArrayList<>();
        invoice.path("payments").forEach(payment -> payments.add(payment(payment)));
        String status = required(invoice, "status").asText();
        return new GatewayPaymentLink(required(invoice, "id").asText(), required(invoice, "url").asText(),
                linkStatus(status), status, MoyasarAmounts.fromMinor(required(invoice, "amount").asLong(), currency),
                instant(invoice.path("expired_at")), instant(invoice.path("created_at")),
                reference(invoice.path("metadata")), payments);
    }

    static GatewayPayment payment(JsonNode payment) {
        String currency = required(payment, "currency").asText();
        String status = required(payment, "status").asText();
        Money amount = MoyasarAmounts.fromMinor(required(payment, "amount").asLong(), currency);
        Money refunded = MoyasarAmounts.fromMinor(payment.path("refunded").asLong(0), currency);
        JsonNode source = payment.path("source");
        PaymentState state = paymentState(status, amount, refunded);
        return new GatewayPayment(required(payment, "id").asText(), state, status, amount, refunded,
                payment.path("invoice_id").asText(null), reference(payment.path("metadata")), method(source),
                state == PaymentState.FAILED ? source.path("message").asText(null) : null,
                instant(payment.path("created_at")), payment.toString());
    }

    static LinkStatus linkStatus(String status) {
        return switch (status) {
            case "initiated" -> LinkStatus.OPEN;
            case "paid" -> LinkStatus.PAID;
            case "canceled" -> LinkStatus.CANCELED;
            case "expired" -> LinkStatus.EXPIRED;
            case "refunded", "voided" -> LinkStatus.REVERSED;
            default -> LinkStatus.UNKNOWN;
        };
    }

    static PaymentState paymentState(String status, Money amount, Money refunded) {
        return switch (status) {
            case "paid", "captured", "refunded" -> refunded.isPositive()
                    ? PaymentState.afterRefund(amount, refunded) : PaymentState.SUCCEEDED;
            case "authorized" -> PaymentState.AUTHORIZED;
            case "failed" -> PaymentState.FAILED;
            case "voided" -> PaymentState.VOIDED;
            default -> PaymentState.PENDING;
        };
    }

    /** Our invoice id as it travels in Moyasar's metadata, or null when the object carries none (or a malformed one). */
    static InvoiceId reference(JsonNode metadata) {
        JsonNode value = metadata.path(INVOICE_ID_KEY);
        return value.isTextual() ? InvoiceId.parse(value.asText()).orElse(null) : null;
    }

    private static PaymentMethod method(JsonNode source) {
        if (source.isMissingNode() || source.isNull()) {
            return null;
        }
        String number = source.path("number").asText("");
        String digits = NOT_A_DIGIT.matcher(number).replaceAll("");
        return new PaymentMethod(source.path("type").asText(null), source.path("company").asText(null),
                digits.length() >= 4 ? digits.substring(digits.length() - 4) : null);
    }

    static Map<String, String> metadata(JsonNode metadata) {
        Map<String, String> values = new TreeMap<>();
        if (metadata.isObject()) {
            metadata.fields().forEachRemaining(entry -> {
                if (!entry.getValue().isNull()) {
                    values.put(entry.getKey(), entry.getValue().asText());
                }
            });
        }
        return values;
    }

    static Instant instant(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        Instant wire = wireInstant(value.asText());
        if (wire != null) {
            return wire;
        }
        try {
            return OffsetDateTime.parse(value.asText()).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(value.asText());
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /**
     * Moyasar's own shape, {@code 2026-11-28T07:00:00.000Z}, read without a {@code DateTimeFormatter}, whose parse
     * was a tenth of paybridge's Java samples per webhook (JFR); null for any other shape, which the formatter reads.
     */
    static Instant wireInstant(String text) {
        if (text.length() != 24 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.'
                || text.charAt(23) != 'Z') {
            return null;
        }
        int[] at = {0, 5, 8, 11, 14, 17, 20};
        int[] width = {4, 2, 2, 2, 2, 2, 3};
        int[] parts = new int[at.length];
        for (int i = 0; i < at.length; i++) {
            for (int c = at[i]; c < at[i] + width[i]; c++) {
                char digit = text.charAt(c);
                if (digit < '0' || digit > '9') {
                    return null;
                }
                parts[i] = parts[i] * 10 + (digit - '0');
            }
        }
        try {
            return LocalDateTime.of(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6] * 1_000_000)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    private static JsonNode required(JsonNode object, String field) {
        JsonNode value = object.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw new IllegalArgumentException("Moyasar object without " + field);
        }
        return value;
    }
}
