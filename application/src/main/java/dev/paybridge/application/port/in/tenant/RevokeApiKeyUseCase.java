package dev.paybridge.application.port.in.tenant;

import dev.paybridge.application.outcome.Outcome;
import dev.paybridge.domain.tenant.ApiKeyId;

/** Revokes an API key; it stops working at once (operator API). */
public interface RevokeApiKeyUseCase {

    Outcome<ApiKeyId> revokeApiKey(ApiKeyId id);
}
