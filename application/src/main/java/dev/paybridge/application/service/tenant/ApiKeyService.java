package dev.paybridge.application.service.tenant;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.application.port.in.tenant.AuthenticateApiKeyUseCase;
import dev.paybridge.application.port.in.tenant.IssueApiKeyCommand;
import dev.paybridge.application.port.in.tenant.IssueApiKeyUseCase;
import dev.paybridge.application.port.in.tenant.IssuedApiKey;
import dev.paybridge.application.port.in.tenant.RevokeApiKeyUseCase;
import dev.paybridge.application.port.out.persistence.ApiKeyRepository;
import dev.paybridge.application.port.out.persistence.TenantRepository;
import dev.paybridge.domain.tenant.ApiKey;
import dev.paybridge.domain.tenant.ApiKeyId;
import dev.paybridge.domain.tenant.ApiKeySecret;
import dev.paybridge.domain.tenant.Environment;
import dev.paybridge.domain.tenant.Scope;
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
    public Outcome<IssuedApiKey> issueApiKey(IssueApiKeyCommand command) {
        if (tenants.find(command.tenantId()).isEmpty()) {
            return Outcome.notFound("tenant");
        }
        Optional<Environment> environment = tenants.findEnvironment(command.tenantId(), command.environmentId());
        if (environment.isEmpty()) {
            return Outcome.invalid("environmentId", "must name an environment of this tenant");
        }
        ApiKeySecret secret = ApiKeySecret.generate();
        ApiKey key = new ApiKey(ApiKeyId.generate(), environment.get().scope(), command.name(), secret.hash(),
                clock.instant(), null);
        keys.insert(key);
        return Outcome.done(new IssuedApiKey(key, secret));
    }

    @Override
    public Outcome<ApiKeyId> revokeApiKey(ApiKeyId id) {
        if (keys.find(id).isEmpty()) {
            return Outcome.notFound("API key");
        }
        keys.revoke(id, clock.instant());
        return Outcome.done(id);
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
