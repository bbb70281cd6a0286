package dev.paybridge.application.port.in.tenant;

import dev.paybridge.application.command.TextRules;
import dev.paybridge.application.outcome.Violations;
import dev.paybridge.domain.tenant.ApiKey;
import dev.paybridge.domain.tenant.EnvironmentId;
import dev.paybridge.domain.tenant.TenantId;
import java.util.Objects;

/** An API key to issue for one environment of a tenant, with a name for people to tell keys apart. */
public record IssueApiKeyCommand(TenantId tenantId, EnvironmentId environmentId, String name) {
    public IssueApiKeyCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Violations violations = new Violations();
        if (environmentId == null) {
            violations.add("environmentId", "is required");
        }
        TextRules.checkName(violations, "name", name, ApiKey.MAX_NAME_LENGTH);
        violations.throwIfAny();
    }
}
