package dev.paybridge.adapters.persistence.hot;

import static dev.paybridge.adapters.persistence.generated.Tables.PAYMENTS;

import dev.paybridge.adapters.persistence.jooq.Columns;
import dev.paybridge.application.port.out.persistence.PaymentTargets;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The webhook's reads and its writes in one round trip each ({@code db/hot/lock-payment-target.sql},
 * {@code record-payment.sql}; pgjdbc sends the statements of one text together), on the connection of the current
 * jOOQ transaction.
 */
public final class JdbcPaymentTargets implements PaymentTargets {
    private static final String LOCK = HotSql.load("lock-payment-target.sql");
    private static final String RECORD = HotSql.load("record-payment.sql");
    /** The statements of {@code lock-payment-target.sql}, each taking the same four parameters. */
    private static final int READS_OF_LOCK = 3;
    private final DSLContext dsl;

    @Inject
    public JdbcPaymentTargets(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<PaymentTarget> lock(Scope scope, String providerType, String gatewayInvoiceId) {
        return run(LOCK, statement -> {
            Binder bind = new Binder(statement);
            for (int reads = 0; reads < READS_OF_LOCK; reads++) {
                bind.text(scope.tenantId().value()).text(scope.environmentId().value()).text(providerType)
                        .text(gatewayInvoiceId);
            }
            statement.execute();
            return PaymentTargetRows.read(scope, statement);
        });
    }

    @Override
    public void record(Scope scope, Payment payment, Invoice invoice, PaymentLink link,
            Optional<LinkStatus> linkStatus) {
        run(RECORD, statement -> {
            Binder bind = new Binder(statement);
            bind.text(scope.tenantId().value()).text(scope.environmentId().value()).text(payment.id().value())
                    .text(payment.invoiceId().value()).text(payment.providerType()).text(payment.gatewayPaymentId())
                    .text(payment.state().wireName()).decimal(payment.amount().amount())
                    .decimal(payment.amountRefunded().amount()).text(payment.amount().currency().code());
            Payment.PaymentMethod method = payment.method();
            bind.text(method == null ? null : Columns.fit(PAYMENTS.METHOD_TYPE, method.type()))
                    .text(method == null ? null : Columns.fit(PAYMENTS.METHOD_COMPANY, method.company()))
                    .text(method == null ? null : Columns.fit(PAYMENTS.METHOD_LAST4, method.last4()))
                    .text(Columns.fit(PAYMENTS.FAILURE_MESSAGE, payment.failureMessage()))
                    .time(payment.createdAt()).time(payment.updatedAt());
            bind.text(linkStatus.orElse(link.status()).wireName()).text(scope.tenantId().value())
                    .text(scope.environmentId().value()).text(link.invoiceId().value())
                    .text(link.gatewayInvoiceId())
                    .flag(linkStatus.isPresent());
            bind.text(invoice.status().wireName()).text(invoice.paymentStatus().wireName())
                    .decimal(invoice.amountPaid().amount()).time(invoice.finalizedAt()).time(invoice.paidAt())
                    .time(invoice.voidedAt()).text(scope.tenantId().value()).text(scope.environmentId().value())
                    .text(invoice.id().value());
            return statement.executeUpdate();
        });
    }

    private <T> T run(String sql, StatementWork<T> work) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return work.run(statement);
            } catch (SQLException failed) {
                throw new DataAccessException("SQL [" + sql.lines().skip(2).findFirst().orElse(sql) + " …]; "
                        + failed.getMessage(), failed);
            }
        });
    }

    /** Work on a prepared statement. */
    @FunctionalInterface
    private interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /** Binds positional parameters in order. */
    private static final class Binder {
        private final PreparedStatement statement;
        private int next = 1;

        Binder(PreparedStatement statement) {
            this.statement = statement;
        }

        Binder text(String value) throws SQLException {
            statement.setString(next++, value);
            return this;
        }

        Binder decimal(BigDecimal value) throws SQLException {
            statement.setBigDecimal(next++, value);
            return this;
        }

        Binder time(Instant value) throws SQLException {
            if (value == null) {
                statement.setNull(next++, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(next++, value.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            }
            return this;
        }

        Binder flag(boolean value) throws SQLException {
            statement.setBoolean(next++, value);
            return this;
        }
    }
}
