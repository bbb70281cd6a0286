package dev.paybridge.adapters.persistence.invoice;

import static dev.paybridge.adapters.persistence.generated.Tables.PAYMENTS;

import dev.paybridge.adapters.persistence.generated.tables.records.PaymentsRecord;
import dev.paybridge.adapters.persistence.jooq.Columns;
import dev.paybridge.adapters.persistence.jooq.Timestamps;
import dev.paybridge.application.port.out.persistence.PaymentRepository;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.invoice.Payment;
import dev.paybridge.domain.invoice.PaymentId;
import dev.paybridge.domain.invoice.PaymentState;
import dev.paybridge.domain.money.CurrencyUnit;
import dev.paybridge.domain.money.Money;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Payments in PostgreSQL, unique per gateway payment id within a tenant environment. */
public final class JooqPaymentRepository implements PaymentRepository {
    private final DSLContext dsl;

    @Inject
    public JooqPaymentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(Scope scope, Payment payment) {
        PaymentsRecord row = dsl.newRecord(PAYMENTS);
        row.setTenantId(scope.tenantId().value());
        row.setEnvironmentId(scope.environmentId().value());
        row.setId(payment.id().value());
        row.setInvoiceId(payment.invoiceId().value());
        row.setProviderType(payment.providerType());
        row.setGatewayPaymentId(payment.gatewayPaymentId());
        row.setStatus(payment.state().wireName());
        row.setAmount(payment.amount().amount());
        row.setAmountRefunded(payment.amountRefunded().amount());
        row.setCurrency(payment.amount().currency().code());
        if (payment.method() != null) {
            row.setMethodType(Columns.fit(PAYMENTS.METHOD_TYPE, payment.method().type()));
            row.setMethodCompany(Columns.fit(PAYMENTS.METHOD_COMPANY, payment.method().company()));
            row.setMethodLast4(Columns.fit(PAYMENTS.METHOD_LAST4, payment.method().last4()));
        }
        row.setFailureMessage(Columns.fit(PAYMENTS.FAILURE_MESSAGE, payment.failureMessage()));
        row.setCreatedAt(Timestamps.toColumn(payment.createdAt()));
        row.setUpdatedAt(Timestamps.toColumn(payment.updatedAt()));
        dsl.insertInto(PAYMENTS).set(row)
                .onConflict(PAYMENTS.TENANT_ID, PAYMENTS.ENVIRONMENT_ID, PAYMENTS.ID)
                .doUpdate()
                .set(PAYMENTS.STATUS, DSL.excluded(PAYMENTS.STATUS))
                .set(PAYMENTS.AMOUNT_REFUNDED, DSL.excluded(PAYMENTS.AMOUNT_REFUNDED))
                .set(PAYMENTS.METHOD_TYPE, DSL.excluded(PAYMENTS.METHOD_TYPE))
                .set(PAYMENTS.METHOD_COMPANY, DSL.excluded(PAYMENTS.METHOD_COMPANY))
                .set(PAYMENTS.METHOD_LAST4, DSL.excluded(PAYMENTS.METHOD_LAST4))
                .set(PAYMENTS.FAILURE_MESSAGE, DSL.excluded(PAYMENTS.FAILURE_MESSAGE))
                .set(PAYMENTS.UPDATED_AT, DSL.excluded(PAYMENTS.UPDATED_AT))
                .execute();
    }

    @Override
    public List<Payment> listForInvoice(Scope scope, InvoiceId invoiceId) {
        return dsl.selectFrom(PAYMENTS)
                .where(PAYMENTS.TENANT_ID.eq(scope.tenantId().value()),
                        PAYMENTS.ENVIRONMENT_ID.eq(scope.environmentId().value()),
                        PAYMENTS.INVOICE_ID.eq(invoiceId.value()))
                .orderBy(PAYMENTS.CREATED_AT, PAYMENTS.ID)
                .fetch(JooqPaymentRepository::payment);
    }

    private static Payment payment(PaymentsRecord row) {
        CurrencyUnit currency = CurrencyUnit.of(row.getCurrency());
        Payment.PaymentMethod method = row.getMethodType() == null && row.getMethodLast4() == null ? null
                : new Payment.PaymentMethod(row.getMethodType(), row.getMethodCompany(), row.getMethodLast4());
        return new Payment(new PaymentId(row.getId()), new InvoiceId(row.getInvoiceId()), row.getProviderType(),
                row.getGatewayPaymentId(), PaymentState.fromWireName(row.getStatus()),
                new Money(row.getAmount(), currency), new Money(row.getAmountRefunded(), currency), method,
                row.getFailureMessage(), Timestamps.fromColumn(row.getCreatedAt()),
                Timestamps.fromColumn(row.getUpdatedAt()));
    }
}
