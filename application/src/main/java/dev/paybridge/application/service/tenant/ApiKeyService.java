package dev.paybridge.application.service.tenant;

import dev.paybridge.application.port.in.tenant.AuthenticateApiKeyUseCase;
import dev.paybridge.application.port.in.tenant.IssueApiKeyUseCase;
import dev.paybridge.application.port.in.tenant.IssuedApiKey;
import dev.paybridge.application.port.in.tenant.RevokeApiKeyUseCase;
import dev.paybridge.application.port.out.persistence.ApiKeyRepository;
import dev.paybridge.application.port.out.persistence.TenantRepository;
import dev.paybridge.application.problem.FieldErrors;
import dev.paybridge.application.problem.RequestRefusedException;
import dev.paybridge.application.problem.TextRules;
import dev.paybridge.domain.tenant.ApiKey;
import dev.paybridge.domain.tenant.ApiKeyId;
import dev.paybridge.domain.tenant.ApiKeySecret;
import dev.paybridge.domain.tenant.Environment;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.Scope;
import dev.paybridge.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/** Issues, revokes and authenticates API keys; plaintext keys are never stored. */
public final class ApiKeyService implements IssueApiKeyUseCase, RevokeApiKeyUseCase, AuthenticateApiKeyUseCase {
    private final TenantRepository tenants;
    private final ApiKeyRepository keys;
    private final Clock clock;

    @Inject
    public ApiKeyService(TenantRepository tenants, ApiKeyRepository keys, Clock clock) {
        this.tenants = tenants;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public IssuedApiKey issueApiKey(TenantId tenantId, String environmentId, String name) {
        tenants.find(tenantId).orElseThrow(() -> RequestRefusedException.notFound("tenant"));
        FieldErrors errors = new FieldErrors();
        TextRules.checkName(errors, "name", name, ApiKey.MAX_NAME_LENGTH);
        Optional<Environment> environment = EnvironmentId.parse(environmentId)
                .flatMap(id -> tenants.findEnvironment(tenantId, id));
        if (environment.isEmpty()) {
            errors.add("environment_id", "must name an environment of this tenant");
        }
        errors.throwIfAny();
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey key = new ApiKey(ApiKeyId.generate(), environment.orElseThrow().scope(), name, secret.hash(),
                clock.instant(), null);
        keys.insert(key);
        return new IssuedApiKey(key, secret);
    }

    @Override
    public void revokeApiKey(ApiKeyId id) {
        keys.find(id).orElseThrow(() -> RequestRefusedException.notFound("API key"));
        keys.revoke(id, clock.instant());
    }

    @Override
    public Optional<Scope> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return Optional.empty();
        }
        return keys.findByHash(ApiKeySecret.hashOf(presentedKey))
                .filter(key -> !key.isRevoked())
                .map(ApiKey::scope);
    }
}
