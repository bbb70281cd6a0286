package dev.paybridge.adapters.http.tenant;

import dev.paybridge.adapters.http.RouteGroup;
import dev.paybridge.adapters.http.support.JsonBody;
import dev.paybridge.adapters.http.support.Outcomes;
import dev.paybridge.adapters.http.support.PathIds;
import dev.paybridge.adapters.http.support.RequestBodies;
import dev.paybridge.adapters.http.support.Responses;
import dev.paybridge.application.port.in.tenant.CreateTenantCommand;
import dev.paybridge.application.port.in.tenant.CreateTenantUseCase;
import dev.paybridge.application.port.in.tenant.IssueApiKeyCommand;
import dev.paybridge.application.port.in.tenant.IssueApiKeyUseCase;
import dev.paybridge.application.port.in.tenant.IssuedApiKey;
import dev.paybridge.application.port.in.tenant.RevokeApiKeyUseCase;
import dev.paybridge.domain.tenant.ApiKeyId;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Tenant;
import dev.paybridge.domain.tenant.TenantId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;

/** The operator API: tenants and their API keys. */
public final class AdminRoutes implements RouteGroup {
    private final CreateTenantUseCase createTenant;
    private final IssueApiKeyUseCase issueApiKey;
    private final RevokeApiKeyUseCase revokeApiKey;

    @Inject
    public AdminRoutes(CreateTenantUseCase createTenant, IssueApiKeyUseCase issueApiKey,
            RevokeApiKeyUseCase revokeApiKey) {
        this.createTenant = createTenant;
        this.issueApiKey = issueApiKey;
        this.revokeApiKey = revokeApiKey;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/admin/v1/tenants", this::createTenant);
        routes.post("/admin/v1/tenants/{tenant_id}/api-keys", this::issueApiKey);
        routes.delete("/admin/v1/api-keys/{id}", this::revokeApiKey);
    }

    private void createTenant(Context ctx) {
        JsonBody body = JsonBody.parse(RequestBodies.read(ctx, RequestBodies.DEFAULT_LIMIT));
        String name = body.requiredString("name");
        CreateTenantCommand command = Outcomes.command(body, () -> new CreateTenantCommand(name));
        Tenant tenant = Outcomes.value(createTenant.createTenant(command));
        List<EnvironmentJson> environments = tenant.environments().stream()
                .map(environment -> new EnvironmentJson(environment.id().value(), environment.name().wireName()))
                .toList();
        Responses.json(ctx, 201, new TenantJson(tenant.id().value(), tenant.name(), environments,
                tenant.createdAt().toString()));
    }

    private void issueApiKey(Context ctx) {
        TenantId tenantId = PathIds.parse(ctx, "tenant_id", TenantId::parse, "tenant");
        JsonBody body = JsonBody.parse(RequestBodies.read(ctx, RequestBodies.DEFAULT_LIMIT));
        String environmentText = body.requiredString("environment_id");
        EnvironmentId environmentId = environmentText == null ? null : EnvironmentId.parse(environmentText).orElse(null);
        if (environmentText != null && environmentId == null) {
            body.reject("environment_id", "must name an environment of this tenant");
        }
        String name = body.requiredString("name");
        IssueApiKeyCommand command = Outcomes.command(body, () -> new IssueApiKeyCommand(tenantId, environmentId, name));
        IssuedApiKey issued = Outcomes.value(issueApiKey.issueApiKey(command));
        Responses.json(ctx, 201, new ApiKeyJson(issued.key().id().value(), issued.secret().plaintext(),
                issued.key().scope().environmentId().value(), issued.key().name(),
                issued.key().createdAt().toString()));
    }

    private void revokeApiKey(Context ctx) {
        Outcomes.value(revokeApiKey.revokeApiKey(PathIds.parse(ctx, "id", ApiKeyId::parse, "API key")));
        ctx.status(204);
    }

    record TenantJson(String id, String name, List<EnvironmentJson> environments, String createdAt) {
    }

    record EnvironmentJson(String id, String name) {
    }

    record ApiKeyJson(String id, String key, String environmentId, String name, String createdAt) {
    }
}
