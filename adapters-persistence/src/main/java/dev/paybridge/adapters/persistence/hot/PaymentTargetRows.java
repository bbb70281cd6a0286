package dev.paybridge.adapters.persistence.hot;

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
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the three result sets of {@code lock-payment-target.sql}: the link with its invoice, the invoice's lines, its
 * payments.
 */
final class PaymentTargetRows {
    private static final int INVOICE_CURRENCY = 14;

    private PaymentTargetRows() {
    }

    /** The target, from a statement just executed; empty when no link matched (the other reads are then empty). */
    static Optional<PaymentTarget> read(Scope scope, Statement statement) throws SQLException {
        PaymentLink link;
        CurrencyUnit currency;
        Function<List<LineItem>, Invoice> invoice;
        try (ResultSet row = statement.getResultSet()) {
            if (!row.next()) {
                return Optional.empty();
            }
            link = link(row);
            currency = CurrencyUnit.of(row.getString(INVOICE_CURRENCY));
            invoice = invoice(scope, link.invoiceId(), row);
        }
        List<LineItem> lines = new ArrayList<>();
        try (ResultSet row = next(statement)) {
            while (row.next()) {
                lines.add(new LineItem(row.getString(1), row.getBigDecimal(2).stripTrailingZeros(),
                        row.getBigDecimal(3).stripTrailingZeros(), new Money(row.getBigDecimal(4),
                                currency)));
            }
        }
        List<Payment> payments = new ArrayList<>();
        try (ResultSet row = next(statement)) {
            while (row.next()) {
                payments.add(payment(link.invoiceId(), row));
            }
        }
        return Optional.of(new PaymentTarget(link, invoice.apply(lines), payments));
    }

    private static ResultSet next(Statement statement) throws SQLException {
        if (!statement.getMoreResults()) {
            throw new IllegalStateException("lock-payment-target.sql answered fewer result sets than it has reads");
        }
        return statement.getResultSet();
    }

    private static PaymentLink link(ResultSet row) throws SQLException {
        return new PaymentLink(new InvoiceId(row.getString(1)), row.getString(2), new ConnectionId(row.getString(3)),
                row.getString(4), row.getString(5), LinkStatus.fromWireName(row.getString(6)), row.getString(7),
                row.getBoolean(8), instant(row, 9), instant(row, 10));
    }

    /** The invoice of the row, once its lines are read. */
    private static Function<List<LineItem>, Invoice> invoice(Scope scope, InvoiceId id, ResultSet row)
            throws SQLException {
        String number = row.getString(11);
        InvoiceStatus status = InvoiceStatus.valueOf(row.getString(12).toUpperCase(Locale.ROOT));
        PaymentStatus paymentStatus = PaymentStatus.valueOf(row.getString(13).toUpperCase(Locale.ROOT));
        CurrencyUnit currency = CurrencyUnit.of(row.getString(INVOICE_CURRENCY));
        Money total = new Money(row.getBigDecimal(15), currency);
        Money paid = new Money(row.getBigDecimal(16), currency);
        Customer customer = new Customer(row.getString(17), row.getString(18), row.getString(19));
        LocalDate due = row.getObject(20, LocalDate.class);
        Map<String, String> metadata = JsonColumns.readMap(row.getString(21));
        Instant created = instant(row, 22);
        Instant finalized = instant(row, 23);
        Instant paidAt = instant(row, 24);
        Instant voided = instant(row, 25);
        return lines -> new Invoice(id, scope, number, status, paymentStatus, currency, total, paid, customer, lines,
                due, metadata, created, finalized, paidAt, voided);
    }

    private static Payment payment(InvoiceId invoiceId, ResultSet row) throws SQLException {
        CurrencyUnit currency = CurrencyUnit.of(row.getString(7));
        String type = row.getString(8);
        String last4 = row.getString(10);
        Payment.PaymentMethod method = type == null && last4 == null ? null
                : new Payment.PaymentMethod(type, row.getString(9), last4);
        return new Payment(new PaymentId(row.getString(1)), invoiceId, row.getString(2), row.getString(3),
                PaymentState.fromWireName(row.getString(4)), new Money(row.getBigDecimal(5), currency),
                new Money(row.getBigDecimal(6), currency), method, row.getString(11), instant(row, 12),
                instant(row, 13));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
