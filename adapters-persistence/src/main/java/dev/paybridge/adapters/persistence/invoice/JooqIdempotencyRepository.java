package dev.paybridge.adapters.persistence.invoice;

import static dev.paybridge.adapters.persistence.generated.Tables.IDEMPOTENCY_KEYS;

import dev.paybridge.adapters.persistence.jooq.Timestamps;
import dev.paybridge.application.port.in.invoice.RememberedAnswer;
import dev.paybridge.application.port.out.persistence.IdempotencyRepository;
import dev.paybridge.domain.invoice.InvoiceId;
import dev.paybridge.domain.tenant.Scope;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Idempotency keys of invoice creates, per tenant environment. The primary key makes a concurrent claim of the same
 * key wait for the first transaction, then find it taken.
 */
public final class JooqIdempotencyRepository implements IdempotencyRepository {
    private final DSLContext dsl;

    @Inject
    public JooqIdempotencyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean claim(Scope scope, String key, String fingerprint, Instant now) {
        return dsl.insertInto(IDEMPOTENCY_KEYS)
                .set(IDEMPOTENCY_KEYS.TENANT_ID, scope.tenantId().value())
                .set(IDEMPOTENCY_KEYS.ENVIRONMENT_ID, scope.environmentId().value())
                .set(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY, key)
                .set(IDEMPOTENCY_KEYS.FINGERPRINT, fingerprint)
                .set(IDEMPOTENCY_KEYS.CREATED_AT, Timestamps.toColumn(now))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public void complete(Scope scope, String key, InvoiceId invoiceId, RememberedAnswer answer) {
        dsl.update(IDEMPOTENCY_KEYS)
                .set(IDEMPOTENCY_KEYS.INVOICE_ID, invoiceId.value())
                .set(IDEMPOTENCY_KEYS.ANSWER_STATUS, answer.status())
                .set(IDEMPOTENCY_KEYS.ANSWER_BODY, answer.body())
                .where(is(scope, key))
                .execute();
    }

    @Override
    public Optional<IdempotentRequest> find(Scope scope, String key) {
        return dsl.selectFrom(IDEMPOTENCY_KEYS).where(is(scope, key), IDEMPOTENCY_KEYS.INVOICE_ID.isNotNull())
                .fetchOptional()
                .map(row -> new IdempotentRequest(row.getFingerprint(), new InvoiceId(row.getInvoiceId()),
                        row.getAnswerStatus() == null ? Optional.empty()
                                : Optional.of(new RememberedAnswer(row.getAnswerStatus(), row.getAnswerBody()))));
    }

    private static Condition is(Scope scope, String key) {
        return IDEMPOTENCY_KEYS.TENANT_ID.eq(scope.tenantId().value())
                .and(IDEMPOTENCY_KEYS.ENVIRONMENT_ID.eq(scope.environmentId().value()))
                .and(IDEMPOTENCY_KEYS.IDEMPOTENCY_KEY.eq(key));
    }
}
