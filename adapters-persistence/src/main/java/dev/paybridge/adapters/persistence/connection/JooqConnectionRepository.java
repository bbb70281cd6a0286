package dev.paybridge.adapters.persistence.connection;

import static dev.paybridge.adapters.persistence.generated.Tables.CONNECTIONS;

import dev.paybridge.adapters.persistence.generated.tables.records.ConnectionsRecord;
import dev.paybridge.adapters.persistence.jooq.Columns;
import dev.paybridge.adapters.persistence.jooq.JsonColumns;
import dev.paybridge.adapters.persistence.hot.HotStatement;
import dev.paybridge.adapters.persistence.jooq.Literals;
import dev.paybridge.adapters.persistence.jooq.Timestamps;
import dev.paybridge.application.page.Page;
import dev.paybridge.application.page.PageRequest;
import dev.paybridge.application.port.out.persistence.ConnectionRepository;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.ConnectionStatus;
import dev.paybridge.domain.connection.ConnectionTest;
import dev.paybridge.domain.connection.GatewayMode;
import dev.paybridge.domain.connection.SealedSecrets;
import dev.paybridge.domain.connection.SyncConfig;
import dev.paybridge.domain.connection.WebhookSetup;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/** Connections in PostgreSQL; the partial unique index keeps one active connection per provider and environment. */
public final class JooqConnectionRepository implements ConnectionRepository {
    private static final HotStatement ACTIVE_OF_PROVIDER = HotStatement.load("find-active-connection.sql");
    private final DSLContext dsl;

    @Inject
    public JooqConnectionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean insert(Connection connection) {
        ConnectionsRecord row = dsl.newRecord(CONNECTIONS);
        fill(row, connection);
        return dsl.insertInto(CONNECTIONS).set(row).onConflictDoNothing().execute() == 1;
    }

    @Override
    public void update(Connection connection) {
        ConnectionsRecord row = dsl.newRecord(CONNECTIONS);
        fill(row, connection);
        dsl.update(CONNECTIONS).set(row).where(inScope(connection.scope()), CONNECTIONS.ID.eq(connection.id().value()))
                .execute();
    }

    @Override
    public void updateWebhook(Scope scope, ConnectionId id, WebhookSetup webhook) {
        ConnectionsRecord row = dsl.newRecord(CONNECTIONS);
        fillWebhook(row, webhook);
        dsl.update(CONNECTIONS)
                .set(CONNECTIONS.WEBHOOK_SETUP, row.getWebhookSetup())
                .set(CONNECTIONS.WEBHOOK_STATE, row.getWebhookState())
                .set(CONNECTIONS.GATEWAY_WEBHOOK_ID, row.getGatewayWebhookId())
                .set(CONNECTIONS.WEBHOOK_EVENTS, row.getWebhookEvents())
                .set(CONNECTIONS.WEBHOOK_VERIFIED_AT, row.getWebhookVerifiedAt())
                .set(CONNECTIONS.WEBHOOK_LAST_EVENT_AT, row.getWebhookLastEventAt())
                .set(CONNECTIONS.WEBHOOK_LAST_ERROR, row.getWebhookLastError())
                .where(inScope(scope), CONNECTIONS.ID.eq(id.value()))
                .execute();
    }

    @Override
    public void noteEvent(Scope scope, ConnectionId id, Instant at, Duration coarseness) {
        dsl.update(CONNECTIONS)
                .set(CONNECTIONS.WEBHOOK_LAST_EVENT_AT, Timestamps.toColumn(at))
                .where(inScope(scope), CONNECTIONS.ID.eq(id.value()),
                        CONNECTIONS.WEBHOOK_LAST_EVENT_AT.isNull()
                                .or(CONNECTIONS.WEBHOOK_LAST_EVENT_AT.lt(Timestamps.toColumn(at.minus(coarseness)))))
                .execute();
    }

    @Override
    public void recordTest(Scope scope, ConnectionId id, ConnectionTest test) {
        ConnectionsRecord row = dsl.newRecord(CONNECTIONS);
        fillLastTest(row, test);
        dsl.update(CONNECTIONS)
                .set(CONNECTIONS.LAST_TEST_OK, row.getLastTestOk())
                .set(CONNECTIONS.LAST_TEST_MODE, row.getLastTestMode())
                .set(CONNECTIONS.LAST_TEST_LATENCY_MS, row.getLastTestLatencyMs())
                .set(CONNECTIONS.LAST_TEST_CHECKED_AT, row.getLastTestCheckedAt())
                .set(CONNECTIONS.LAST_TEST_ERROR_CODE, row.getLastTestErrorCode())
                .set(CONNECTIONS.LAST_TEST_ERROR_MESSAGE, row.getLastTestErrorMessage())
                .where(inScope(scope), CONNECTIONS.ID.eq(id.value()))
                .execute();
    }

    @Override
    public Optional<Connection> find(Scope scope, ConnectionId id) {
        return dsl.selectFrom(CONNECTIONS).where(inScope(scope), CONNECTIONS.ID.eq(id.value()))
                .fetchOptional(JooqConnectionRepository::connection);
    }

    @Override
    public Optional<Connection> findForUpdate(Scope scope, ConnectionId id) {
        return dsl.selectFrom(CONNECTIONS).where(inScope(scope), CONNECTIONS.ID.eq(id.value())).forUpdate()
                .fetchOptional(JooqConnectionRepository::connection);
    }

    @Override
    public List<Connection> findActive(Scope scope) {
        return dsl.selectFrom(CONNECTIONS)
                .where(inScope(scope), CONNECTIONS.STATUS.eq(Literals.constant(ConnectionStatus.ACTIVE.wireName())))
                .orderBy(CONNECTIONS.CREATED_AT).fetch(JooqConnectionRepository::connection);
    }

    @Override
    public Optional<Connection> findActive(Scope scope, String providerType) {
        return ACTIVE_OF_PROVIDER.run(dsl,
                bind -> bind.text(scope.tenantId().value()).text(scope.environmentId().value()).text(providerType),
                statement -> {
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? Optional.of(connection(activeRow(rows))) : Optional.empty();
                    }
                });
    }

    /**
     * The row of {@code find-active-connection.sql}, read by position with the driver's own getters: the read of a
     * webhook that finds no connection kept. Through jOOQ ({@code dsl.fetch(rows, fields)}, then a record filled from
     * its array) it was a sixth of a webhook's CPU on the server's threads; by name (into(CONNECTIONS)) a third.
     */
    private static ConnectionsRecord activeRow(ResultSet row) throws SQLException {
        return new ConnectionsRecord(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getBytes(8),
                JSONB.jsonbOrNull(row.getString(9)), row.getObject(10, Boolean.class), row.getObject(11, Boolean.class),
                row.getObject(12, Boolean.class), row.getString(13), row.getObject(14, Long.class),
                row.getObject(15, OffsetDateTime.class), row.getString(16), row.getString(17),
                row.getObject(18, OffsetDateTime.class), row.getObject(19, OffsetDateTime.class), row.getString(20),
                row.getString(21), row.getString(22), row.getString(23), row.getObject(24, OffsetDateTime.class),
                row.getObject(25, OffsetDateTime.class), row.getString(26));
    }

    @Override
    public Page<Connection> list(Scope scope, Optional<String> providerType, ConnectionStatus status, PageRequest page) {
        Condition filter = inScope(scope).and(CONNECTIONS.STATUS.eq(Literals.constant(status.wireName())))
                .and(providerType.map(CONNECTIONS.PROVIDER_TYPE::eq).orElse(DSL.noCondition()));
        int total = dsl.fetchCount(CONNECTIONS, filter);
        var items = dsl.selectFrom(CONNECTIONS).where(filter)
                .orderBy(CONNECTIONS.CREATED_AT.desc(), CONNECTIONS.ID.desc())
                .limit(Literals.rows(page.limit())).offset(Literals.rows(page.offset()))
                .fetch(JooqConnectionRepository::connection);
        return new Page<>(items, total, page);
    }

    private static Condition inScope(Scope scope) {
        return CONNECTIONS.TENANT_ID.eq(scope.tenantId().value())
                .and(CONNECTIONS.ENVIRONMENT_ID.eq(scope.environmentId().value()));
    }

    private static void fill(ConnectionsRecord row, Connection connection) {
        row.setTenantId(connection.scope().tenantId().value());
        row.setEnvironmentId(connection.scope().environmentId().value());
        row.setId(connection.id().value());
        row.setName(connection.name());
        row.setProviderType(connection.providerType());
        row.setStatus(connection.status().wireName());
        row.setMode(connection.mode().wireName());
        row.setSealedSecrets(connection.secrets().ciphertext());
        row.setMetadata(JsonColumns.fromMap(connection.metadata()));
        row.setSyncInvoiceInbound(connection.syncConfig().invoiceInbound());
        row.setSyncInvoiceOutbound(connection.syncConfig().invoiceOutbound());
        fillLastTest(row, connection.lastTest());
        fillWebhook(row, connection.webhook());
        row.setCreatedAt(Timestamps.toColumn(connection.createdAt()));
        row.setUpdatedAt(Timestamps.toColumn(connection.updatedAt()));
    }

    private static void fillLastTest(ConnectionsRecord row, ConnectionTest test) {
        row.setLastTestOk(test == null ? null : test.ok());
        row.setLastTestMode(test == null || test.mode() == null ? null : test.mode().wireName());
        row.setLastTestLatencyMs(test == null ? null : test.latencyMs());
        row.setLastTestCheckedAt(test == null ? null : Timestamps.toColumn(test.checkedAt()));
        row.setLastTestErrorCode(test == null ? null : test.errorCode());
        row.setLastTestErrorMessage(test == null ? null : test.errorMessage());
    }

    private static void fillWebhook(ConnectionsRecord row, WebhookSetup webhook) {
        row.setWebhookSetup(webhook.mode().wireName());
        row.setWebhookState(webhook.state().wireName());
        row.setGatewayWebhookId(Columns.fit(CONNECTIONS.GATEWAY_WEBHOOK_ID, webhook.gatewayWebhookId()));
        row.setWebhookEvents(webhook.events() == null ? null : JsonColumns.writeList(webhook.events()));
        row.setWebhookVerifiedAt(Timestamps.toColumn(webhook.verifiedAt()));
        row.setWebhookLastEventAt(Timestamps.toColumn(webhook.lastEventAt()));
        row.setWebhookLastError(Columns.fit(CONNECTIONS.WEBHOOK_LAST_ERROR, webhook.lastError()));
    }

    private static WebhookSetup webhook(ConnectionsRecord row) {
        return new WebhookSetup(WebhookSetup.Mode.fromWireName(row.getWebhookSetup()),
                WebhookSetup.State.fromWireName(row.getWebhookState()), row.getGatewayWebhookId(),
                row.getWebhookEvents() == null ? null : JsonColumns.readList(row.getWebhookEvents()),
                Timestamps.fromColumn(row.getWebhookVerifiedAt()), Timestamps.fromColumn(row.getWebhookLastEventAt()),
                row.getWebhookLastError());
    }

    private static ConnectionTest lastTest(ConnectionsRecord row) {
        if (row.getLastTestOk() == null) {
            return null;
        }
        GatewayMode mode = row.getLastTestMode() == null ? null
                : GatewayMode.valueOf(row.getLastTestMode().toUpperCase(Locale.ROOT));
        return new ConnectionTest(row.getLastTestOk(), mode, row.getLastTestLatencyMs(),
                Timestamps.fromColumn(row.getLastTestCheckedAt()), row.getLastTestErrorCode(),
                row.getLastTestErrorMessage());
    }

    private static Connection connection(ConnectionsRecord row) {
        Scope scope = new Scope(new TenantId(row.getTenantId()), new EnvironmentId(row.getEnvironmentId()));
        return new Connection(new ConnectionId(row.getId()), scope, row.getName(), row.getProviderType(),
                ConnectionStatus.valueOf(row.getStatus().toUpperCase(Locale.ROOT)),
                GatewayMode.valueOf(row.getMode().toUpperCase(Locale.ROOT)), new SealedSecrets(row.getSealedSecrets()),
                JsonColumns.toMap(row.getMetadata()),
                new SyncConfig(row.getSyncInvoiceInbound(), row.getSyncInvoiceOutbound()), lastTest(row), webhook(row),
                Timestamps.fromColumn(row.getCreatedAt()), Timestamps.fromColumn(row.getUpdatedAt()));
    }
}
