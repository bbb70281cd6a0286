package dev.paybridge.adapters.persistence.hot;

import static dev.paybridge.adapters.persistence.generated.Tables.PAYMENTS;

import dev.paybridge.adapters.persistence.jooq.Columns;
import dev.paybridge.application.port.out.persistence.PaymentTargets;
import dev.paybridge.application.port.out.persistence.WebhookVerifier;
import dev.paybridge.domain.invoice.Invoice;
import dev.paybridge.domain.invoice.LinkStatus;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.invoice.PaymentLink;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.webhook.WebhookEvent;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The webhook's reads and its writes in one round trip each ({@code db/hot/lock-payment-target.sql}, with
 * {@code insert-event.sql} ahead of it for a delivery, and {@code record-payment.sql}; pgjdbc sends the statements of
 * one text together), on the connection of the current jOOQ transaction.
 */
public final class JdbcPaymentTargets implements PaymentTargets {
    private static final HotStatement LOCK = HotStatement.load("lock-payment-target.sql");
    private static final HotStatement RECORD = HotStatement.load("record-payment.sql");
    private static final HotStatement STORE_AND_LOCK = EventInsert.STATEMENT.followedBy(LOCK);
    private static final HotStatement VERIFIED_STORE_AND_LOCK = VerifierCheck.STATEMENT.followedBy(STORE_AND_LOCK);
    /** The statements of {@code lock-payment-target.sql}, each taking the same four parameters. */
    private static final int READS_OF_LOCK = 3;
    private final DSLContext dsl;

    @Inject
    public JdbcPaymentTargets(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<PaymentTarget> lock(Scope scope, String providerType, String gatewayInvoiceId) {
        return LOCK.run(dsl, bind -> bindLock(bind, scope, providerType, gatewayInvoiceId), statement -> {
            statement.execute();
            return PaymentTargetRows.read(scope, statement);
        });
    }

    @Override
    public Intake storeAndLock(WebhookEvent event, Optional<WebhookVerifier> verifier, String gatewayInvoiceId) {
        Scope scope = event.scope();
        HotStatement statements = verifier.isPresent() ? VERIFIED_STORE_AND_LOCK : STORE_AND_LOCK;
        return statements.run(dsl, bind -> {
            if (verifier.isPresent()) {
                VerifierCheck.bind(bind, verifier.get());
            }
            EventInsert.bind(bind, event);
            bindLock(bind, scope, event.providerType(), gatewayInvoiceId);
        }, statement -> {
            if (verifier.isPresent()) {
                VerifierCheck.execute(statement, verifier.get());
            } else {
                statement.execute();
            }
            boolean stored = statement.getUpdateCount() == 1;
            if (!statement.getMoreResults()) {
                throw new IllegalStateException(statements + " answered no reads after the event's insert");
            }
            return new Intake(stored, PaymentTargetRows.read(scope, statement));
        });
    }

    private static void bindLock(HotStatement.Binder bind, Scope scope, String providerType, String gatewayInvoiceId)
            throws SQLException {
        for (int reads = 0; reads < READS_OF_LOCK; reads++) {
            bind.text(scope.tenantId().value()).text(scope.environmentId().value()).text(providerType)
                    .text(gatewayInvoiceId);
        }
    }

    @Override
    public void record(Scope scope, Payment payment, Invoice invoice, PaymentLink link,
            Optional<LinkStatus> linkStatus) {
        Payment.PaymentMethod method = payment.method();
        RECORD.run(dsl, bind -> {
            bind.text(scope.tenantId().value()).text(scope.environmentId().value()).text(payment.id().value())
                    .text(payment.invoiceId().value()).text(payment.providerType()).text(payment.gatewayPaymentId())
                    .text(payment.state().wireName()).decimal(payment.amount().amount())
                    .decimal(payment.amountRefunded().amount()).text(payment.amount().currency().code())
                    .text(method == null ? null : Columns.fit(PAYMENTS.METHOD_TYPE, method.type()))
                    .text(method == null ? null : Columns.fit(PAYMENTS.METHOD_COMPANY, method.company()))
                    .text(method == null ? null : Columns.fit(PAYMENTS.METHOD_LAST4, method.last4()))
                    .text(Columns.fit(PAYMENTS.FAILURE_MESSAGE, payment.failureMessage()))
                    .time(payment.createdAt()).time(payment.updatedAt());
            bind.text(linkStatus.orElse(link.status()).wireName()).text(scope.tenantId().value())
                    .text(scope.environmentId().value()).text(link.invoiceId().value()).text(link.gatewayInvoiceId())
                    .flag(linkStatus.isPresent());
            bind.text(invoice.status().wireName()).text(invoice.paymentStatus().wireName())
                    .decimal(invoice.amountPaid().amount()).time(invoice.finalizedAt()).time(invoice.paidAt())
                    .time(invoice.voidedAt()).text(scope.tenantId().value()).text(scope.environmentId().value())
                    .text(invoice.id().value());
        }, statement -> statement.executeUpdate());
    }
}
