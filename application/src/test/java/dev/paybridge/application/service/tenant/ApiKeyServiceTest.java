package dev.paybridge.application.service.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.application.outcome.RefusalKind;
import dev.paybridge.application.port.in.tenant.CreateTenantCommand;
import dev.paybridge.application.port.in.tenant.IssueApiKeyCommand;
import dev.paybridge.application.port.in.tenant.IssuedApiKey;
import dev.paybridge.domain.tenant.ApiKeyId;
import dev.paybridge.domain.tenant.Tenant;
import dev.paybridge.domain.tenant.TenantId;
import dev.paybridge.testing.app.Scenario;
import dev.paybridge.testing.app.TestApplication;
import org.junit.jupiter.api.Test;

/** API keys: issued for one environment, authenticating to it until revoked. */
class ApiKeyServiceTest {
    private final TestApplication app = new TestApplication();
    private final Tenant tenant = Scenario.done(app.createTenant.createTenant(new CreateTenantCommand("Acme")));

    @Test
    void an_issued_key_authenticates_to_its_environment_until_revoked() {
        IssuedApiKey issued = issue(tenant.id(), tenant);

        assertThat(app.authenticate.authenticate(issued.secret().plaintext())).contains(issued.key().scope());
        Scenario.done(app.revokeApiKey.revokeApiKey(issued.key().id()));

        assertThat(app.authenticate.authenticate(issued.secret().plaintext())).isEmpty();
        assertThat(app.db.apiKeys.find(issued.key().id()).orElseThrow().keyHash())
                .isNotEqualTo(issued.secret().plaintext());
    }

    @Test
    void an_unknown_tenant_environment_or_key_is_refused() {
        Tenant other = Scenario.done(app.createTenant.createTenant(new CreateTenantCommand("Other")));

        assertThat(Scenario.refusedAs(app.issueApiKey.issueApiKey(new IssueApiKeyCommand(TenantId.generate(),
                tenant.environments().get(0).id(), "ci")))).isEqualTo(RefusalKind.NOT_FOUND);
        assertThat(Scenario.refusedAs(app.issueApiKey.issueApiKey(new IssueApiKeyCommand(tenant.id(),
                other.environments().get(0).id(), "ci")))).isEqualTo(RefusalKind.VALIDATION_ERROR);
        assertThat(Scenario.refusedAs(app.revokeApiKey.revokeApiKey(ApiKeyId.generate())))
                .isEqualTo(RefusalKind.NOT_FOUND);
        assertThat(app.authenticate.authenticate("pbk_nope")).isEmpty();
    }

    private IssuedApiKey issue(TenantId tenantId, Tenant owner) {
        return Scenario.done(app.issueApiKey.issueApiKey(new IssueApiKeyCommand(tenantId,
                owner.environments().get(0).id(), "ci")));
    }
}
