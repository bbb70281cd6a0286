package dev.paybridge.adapters.persistence.webhook;

import static dev.paybridge.adapters.persistence.generated.Tables.WEBHOOK_EVENTS;

import dev.paybridge.adapters.persistence.generated.tables.records.WebhookEventsRecord;
import dev.paybridge.adapters.persistence.hot.EventInsert;
import dev.paybridge.adapters.persistence.jooq.Columns;
import dev.paybridge.adapters.persistence.jooq.Literals;
import dev.paybridge.adapters.persistence.jooq.Timestamps;
import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.out.persistence.WebhookEventRepository;
import dev.paybridge.application.port.out.persistence.WebhookVerifier;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import dev.paybridge.domain.webhook.WebhookEvent;
import dev.paybridge.domain.webhook.WebhookEventId;
import dev.paybridge.domain.webhook.WebhookEventStatus;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Gateway events in PostgreSQL; the unique key on the gateway's event id makes each one apply once. */
public final class JooqWebhookEventRepository implements WebhookEventRepository {
    private final DSLContext dsl;

    @Inject
    public JooqWebhookEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean insert(WebhookEvent event) {
        return EventInsert.run(dsl, event);
    }

    @Override
    public boolean insert(WebhookEvent event, WebhookVerifier verifier) {
        return EventInsert.runVerified(dsl, event, verifier);
    }

    @Override
    public void recordOutcome(Scope scope, WebhookEventId id, WebhookEventStatus status, String reviewReason, Instant at) {
        dsl.update(WEBHOOK_EVENTS)
                .set(WEBHOOK_EVENTS.STATUS, status.wireName())
                .set(WEBHOOK_EVENTS.REVIEW_REASON, reason(reviewReason))
                .set(WEBHOOK_EVENTS.PROCESSED_AT, Timestamps.toColumn(at))
                .where(inScope(scope), WEBHOOK_EVENTS.ID.eq(id.value()))
                .execute();
    }

    @Override
    public Optional<WebhookEvent> find(Scope scope, WebhookEventId id) {
        return dsl.selectFrom(WEBHOOK_EVENTS).where(inScope(scope), WEBHOOK_EVENTS.ID.eq(id.value()))
                .fetchOptional(JooqWebhookEventRepository::event);
    }

    @Override
    public Optional<WebhookEvent> findByGatewayEventId(Scope scope, String providerType, String gatewayEventId) {
        return dsl.selectFrom(WEBHOOK_EVENTS).where(inScope(scope), WEBHOOK_EVENTS.PROVIDER_TYPE.eq(providerType),
                        WEBHOOK_EVENTS.GATEWAY_EVENT_ID.eq(gatewayEventId))
                .fetchOptional(JooqWebhookEventRepository::event);
    }

    @Override
    public Page<WebhookEvent> list(Scope scope, Optional<WebhookEventStatus> status, PageRequest page,
            int payloadBudget) {
        Condition condition = inScope(scope)
                .and(status.map(s -> WEBHOOK_EVENTS.STATUS.eq(Literals.constant(s.wireName())))
                        .orElse(DSL.noCondition()));
        int total = dsl.fetchCount(WEBHOOK_EVENTS, condition);
        var slice = dsl.selectFrom(WEBHOOK_EVENTS).where(condition)
                .orderBy(WEBHOOK_EVENTS.RECEIVED_AT.desc(), WEBHOOK_EVENTS.ID.desc())
                .limit(Literals.rows(page.limit())).offset(Literals.rows(page.offset()))
                .asTable("slice");
        Field<Integer> size = DSL.octetLength(slice.field(WEBHOOK_EVENTS.PAYLOAD));
        Field<Long> before = DSL.sum(size).over(DSL.orderBy(slice.field(WEBHOOK_EVENTS.RECEIVED_AT).desc(),
                slice.field(WEBHOOK_EVENTS.ID).desc())).cast(Long.class).minus(size.cast(Long.class)).as("before");
        var sized = dsl.select(slice.fields()).select(before).from(slice).asTable("sized");
        List<WebhookEvent> items = dsl.select(sized.fields(WEBHOOK_EVENTS.fields())).from(sized)
                .where(sized.field(before).lt((long) payloadBudget))
                .orderBy(sized.field(WEBHOOK_EVENTS.RECEIVED_AT).desc(), sized.field(WEBHOOK_EVENTS.ID).desc())
                .fetch(row -> event(row.into(WEBHOOK_EVENTS)));
        return new Page<>(items, total, page);
    }

    @Override
    public int deleteSettledBefore(Instant before, int limit) {
        var expired = dsl.select(WEBHOOK_EVENTS.TENANT_ID, WEBHOOK_EVENTS.ENVIRONMENT_ID, WEBHOOK_EVENTS.ID)
                .from(WEBHOOK_EVENTS)
                .where(WEBHOOK_EVENTS.RECEIVED_AT.lt(Timestamps.toColumn(before)),
                        WEBHOOK_EVENTS.STATUS.in(Literals.constant(WebhookEventStatus.PROCESSED.wireName()),
                                Literals.constant(WebhookEventStatus.IGNORED.wireName())))
                .limit(Literals.rows(limit));
        return dsl.deleteFrom(WEBHOOK_EVENTS)
                .where(DSL.row(WEBHOOK_EVENTS.TENANT_ID, WEBHOOK_EVENTS.ENVIRONMENT_ID, WEBHOOK_EVENTS.ID).in(expired))
                .execute();
    }

    private static String reason(String reason) {
        return Columns.fit(WEBHOOK_EVENTS.REVIEW_REASON, reason);
    }

    private static Condition inScope(Scope scope) {
        return WEBHOOK_EVENTS.TENANT_ID.eq(scope.tenantId().value())
                .and(WEBHOOK_EVENTS.ENVIRONMENT_ID.eq(scope.environmentId().value()));
    }

    private static WebhookEvent event(WebhookEventsRecord row) {
        return new WebhookEvent(new WebhookEventId(row.getId()),
                new Scope(new TenantId(row.getTenantId()), new EnvironmentId(row.getEnvironmentId())),
                row.getProviderType(), row.getGatewayEventId(), row.getType(),
                WebhookEventStatus.valueOf(row.getStatus().toUpperCase(Locale.ROOT)), row.getReviewReason(),
                row.getPayload(), Timestamps.fromColumn(row.getReceivedAt()),
                Timestamps.fromColumn(row.getProcessedAt()));
    }
}
