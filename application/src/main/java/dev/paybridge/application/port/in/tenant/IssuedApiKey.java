package dev.paybridge.application.port.in.tenant;

import dev.paybridge.domain.tenant.ApiKey;
import dev.paybridge.domain.tenant.ApiKeySecret;

/** A new API key with its plaintext, which exists only in this answer. */
public record IssuedApiKey(ApiKey key, ApiKeySecret secret) {
}
