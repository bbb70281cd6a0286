package dev.paybridge.adapters.http.connection;

import dev.paybridge.adapters.http.RouteGroup;
import dev.paybridge.adapters.http.auth.ApiKeyAuthentication;
import dev.paybridge.adapters.http.support.JsonBody;
import dev.paybridge.adapters.http.support.Outcomes;
import dev.paybridge.adapters.http.support.Pagination;
import dev.paybridge.adapters.http.support.PathIds;
import dev.paybridge.adapters.http.support.RequestBodies;
import dev.paybridge.adapters.http.support.RequestErrors;
import dev.paybridge.adapters.http.support.Responses;
import dev.paybridge.application.port.in.connection.ArchiveConnectionUseCase;
import dev.paybridge.application.port.in.connection.ConnectionView;
import dev.paybridge.application.port.in.connection.CreateConnectionCommand;
import dev.paybridge.application.port.in.connection.CreateConnectionUseCase;
import dev.paybridge.application.port.in.connection.GetConnectionUseCase;
import dev.paybridge.application.port.in.connection.ListConnectionsUseCase;
import dev.paybridge.application.port.in.connection.SetUpWebhookUseCase;
import dev.paybridge.application.port.in.connection.TestConnectionUseCase;
import dev.paybridge.application.port.in.connection.UpdateConnectionCommand;
import dev.paybridge.application.port.in.connection.UpdateConnectionUseCase;
import dev.paybridge.domain.connection.ConnectionId;
import dev.paybridge.domain.connection.ConnectionStatus;
import dev.paybridge.domain.connection.ConnectionTest;
import dev.paybridge.domain.connection.SyncConfig;
import dev.paybridge.domain.connection.WebhookSetup;
import dev.paybridge.domain.tenant.Scope;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/** {@code /v1/connections}: a tenant environment's gateway connections. */
public final class ConnectionRoutes implements RouteGroup {
    private final CreateConnectionUseCase create;
    private final GetConnectionUseCase get;
    private final ListConnectionsUseCase list;
    private final UpdateConnectionUseCase update;
    private final ArchiveConnectionUseCase archive;
    private final TestConnectionUseCase test;
    private final SetUpWebhookUseCase setUpWebhook;

    @Inject
    public ConnectionRoutes(CreateConnectionUseCase create, GetConnectionUseCase get, ListConnectionsUseCase list,
            UpdateConnectionUseCase update, ArchiveConnectionUseCase archive, TestConnectionUseCase test,
            SetUpWebhookUseCase setUpWebhook) {
        this.test = test;
        this.setUpWebhook = setUpWebhook;
        this.create = create;
        this.get = get;
        this.list = list;
        this.update = update;
        this.archive = archive;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v1/connections", this::create);
        routes.get("/v1/connections", this::list);
        routes.get("/v1/connections/{id}", this::get);
        routes.put("/v1/connections/{id}", this::update);
        routes.delete("/v1/connections/{id}", this::archive);
        routes.post("/v1/connections/{id}/test", this::test);
        routes.post("/v1/connections/{id}/webhook/setup", this::setUpWebhook);
    }

    private void create(Context ctx) {
        Scope scope = ApiKeyAuthentication.scope(ctx);
        JsonBody body = JsonBody.parse(RequestBodies.read(ctx, RequestBodies.DEFAULT_LIMIT));
        String name = body.requiredString("name");
        String providerType = body.requiredString("provider_type");
        Map<String, String> credentials = body.requiredObject("encrypted_secret_data").stringValues();
        Map<String, String> metadata = body.optionalStringMap("metadata").orElse(Map.of());
        Optional<SyncConfig> syncConfig = syncConfig(body);
        WebhookSetup.Mode webhookSetup = body.optionalString("webhook_setup").map(text -> webhookSetup(body, text))
                .orElse(WebhookSetup.Mode.MANUAL);
        CreateConnectionCommand command = Outcomes.command(body, () -> new CreateConnectionCommand(scope, name,
                providerType, credentials, metadata, syncConfig.orElse(SyncConfig.DEFAULT), webhookSetup));
        Responses.json(ctx, 201, ConnectionJson.of(Outcomes.value(create.createConnection(command))));
    }

    private void list(Context ctx) {
        Scope scope = ApiKeyAuthentication.scope(ctx);
        ConnectionStatus status = status(ctx.queryParam("status"));
        Optional<String> providerType = Optional.ofNullable(ctx.queryParam("provider_type")).filter(t -> !t.isEmpty());
        var page = list.listConnections(scope, providerType, status, Pagination.request(ctx));
        Responses.json(ctx, 200, Pagination.envelope(page, view -> ConnectionJson.of(view)));
    }

    private void get(Context ctx) {
        ConnectionView view = Outcomes.value(get.getConnection(ApiKeyAuthentication.scope(ctx), id(ctx)));
        Responses.json(ctx, 200, ConnectionJson.of(view));
    }

    private void update(Context ctx) {
        Scope scope = ApiKeyAuthentication.scope(ctx);
        ConnectionId id = id(ctx);
        JsonBody body = JsonBody.parse(RequestBodies.read(ctx, RequestBodies.DEFAULT_LIMIT));
        Optional<String> name = body.optionalString("name");
        Optional<Map<String, String>> metadata = body.optionalStringMap("metadata");
        Optional<SyncConfig> syncConfig = syncConfig(body);
        Map<String, String> credentials = body.optionalStringMap("encrypted_secret_data").orElse(Map.of());
        UpdateConnectionCommand command = Outcomes.command(body, () -> new UpdateConnectionCommand(scope, id, name,
                metadata, syncConfig, credentials));
        Responses.json(ctx, 200, ConnectionJson.of(Outcomes.value(update.updateConnection(command))));
    }

    private void archive(Context ctx) {
        Outcomes.value(archive.archiveConnection(ApiKeyAuthentication.scope(ctx), id(ctx)));
        ctx.status(204);
    }

    private void test(Context ctx) {
        ConnectionTest result = Outcomes.value(test.testConnection(ApiKeyAuthentication.scope(ctx), id(ctx)));
        Responses.json(ctx, 200, ConnectionTestJson.of(result));
    }

    private void setUpWebhook(Context ctx) {
        ConnectionView view = Outcomes.value(setUpWebhook.setUpWebhook(ApiKeyAuthentication.scope(ctx), id(ctx)));
        Responses.json(ctx, 202, ConnectionJson.of(view));
    }

    private static WebhookSetup.Mode webhookSetup(JsonBody body, String text) {
        for (WebhookSetup.Mode mode : WebhookSetup.Mode.values()) {
            if (mode.wireName().equals(text)) {
                return mode;
            }
        }
        body.reject("webhook_setup", "must be manual or automatic");
        return WebhookSetup.Mode.MANUAL;
    }

    private static ConnectionId id(Context ctx) {
        return PathIds.parse(ctx, "id", ConnectionId::parse, "connection");
    }

    /** {@code sync_config.invoice.{inbound,outbound}}; an absent flag takes its default. */
    private static Optional<SyncConfig> syncConfig(JsonBody body) {
        return body.optionalObject("sync_config").map(sync -> sync.optionalObject("invoice")
                .map(invoice -> new SyncConfig(
                        invoice.optionalBoolean("inbound").orElse(SyncConfig.DEFAULT.invoiceInbound()),
                        invoice.optionalBoolean("outbound").orElse(SyncConfig.DEFAULT.invoiceOutbound())))
                .orElse(SyncConfig.DEFAULT));
    }

    private static ConnectionStatus status(String text) {
        if (text == null || text.isEmpty()) {
            return ConnectionStatus.ACTIVE;
        }
        for (ConnectionStatus status : ConnectionStatus.values()) {
            if (status.wireName().equals(text)) {
                return status;
            }
        }
        throw RequestErrors.single("status", "must be one of active, archived");
    }
}
