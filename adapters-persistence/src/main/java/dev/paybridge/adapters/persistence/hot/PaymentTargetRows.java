package dev.paybridge.adapters.persistence.hot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.paybridge.adapters.persistence.jooq.JsonColumns;
import dev.paybridge.application.port.out.persistence.PaymentTargets.PaymentTarget;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.invoice.Customer;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.InvoiceStatus;
import dev.paybridge.domain.invoice.LineItem;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.invoice.PaymentId;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.invoice.PaymentState;
import dev.paybridge.domain.invoice.PaymentStatus;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.Money;
import dev.paybridge.domain.tenant.Scope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the row of {@code lock-payment-target.sql}: the link's columns, the invoice's, then its lines and payments. */
final class PaymentTargetRows {
    private static final ObjectReader JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().reader();

    private PaymentTargetRows() {
    }

    static PaymentTarget read(Scope scope, ResultSet row) throws SQLException {
        InvoiceId invoiceId = new InvoiceId(row.getString(1));
        PaymentLink link = new PaymentLink(invoiceId, row.getString(2), new ConnectionId(row.getString(3)),
                row.getString(4), row.getString(5), LinkStatus.fromWireName(row.getString(6)), row.getString(7),
                row.getBoolean(8), instant(row, 9), instant(row, 10));
        CurrencyUnit currency = CurrencyUnit.of(row.getString(14));
        Invoice invoice = new Invoice(invoiceId, scope, row.getString(11),
                InvoiceStatus.valueOf(row.getString(12).toUpperCase(Locale.ROOT)),
                PaymentStatus.valueOf(row.getString(13).toUpperCase(Locale.ROOT)), currency,
                new Money(row.getBigDecimal(15), currency), new Money(row.getBigDecimal(16), currency),
                new Customer(row.getString(17), row.getString(18), row.getString(19)), lines(row.getString(26), currency),
                row.getObject(20, LocalDate.class), JsonColumns.readMap(row.getString(21)), instant(row, 22),
                instant(row, 23), instant(row, 24), instant(row, 25));
        return new PaymentTarget(link, invoice, payments(row.getString(27), invoiceId));
    }

    private static List<LineItem> lines(String json, CurrencyUnit currency) {
        List<LineItem> lines = new ArrayList<>();
        for (JsonNode line : tree(json)) {
            lines.add(new LineItem(line.get(0).asText(), line.get(1).decimalValue().stripTrailingZeros(),
                    line.get(2).decimalValue().stripTrailingZeros(), new Money(line.get(3).decimalValue(), currency)));
        }
        return lines;
    }

    private static List<Payment> payments(String json, InvoiceId invoiceId) {
        List<Payment> payments = new ArrayList<>();
        for (JsonNode p : tree(json)) {
            CurrencyUnit currency = CurrencyUnit.of(p.get(6).asText());
            Payment.PaymentMethod method = p.get(7).isNull() && p.get(9).isNull() ? null
                    : new Payment.PaymentMethod(p.get(7).textValue(), p.get(8).textValue(), p.get(9).textValue());
            payments.add(new Payment(new PaymentId(p.get(0).asText()), invoiceId, p.get(1).asText(), p.get(2).asText(),
                    PaymentState.fromWireName(p.get(3).asText()), new Money(p.get(4).decimalValue(), currency),
                    new Money(p.get(5).decimalValue(), currency), method, p.get(10).textValue(),
                    OffsetDateTime.parse(p.get(11).asText()).toInstant(),
                    OffsetDateTime.parse(p.get(12).asText()).toInstant()));
        }
        return payments;
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            return JSON.createArrayNode();
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("a hot-path aggregate is not JSON", corrupt);
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
