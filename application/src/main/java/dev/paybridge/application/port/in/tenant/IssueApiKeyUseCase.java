package dev.paybridge.application.port.in.tenant;

import dev.paybridge.domain.tenant.TenantId;

/** Issues an API key for one environment of a tenant (operator API). */
public interface IssueApiKeyUseCase {

    /** The key; refuses an unknown tenant (not found) or an environment of another tenant (validation). */
    IssuedApiKey issueApiKey(TenantId tenantId, String environmentId, String name);
}
