package dev.paybridge.application.port.in.connection;

import dev.paybridge.application.command.TextRules;
import dev.paybridge.application.outcome.Violations;
import dev.paybridge.domain.connection.Connection;
import dev.paybridge.domain.connection.SyncConfig;
import dev.paybridge.domain.connection.WebhookSetup;
import dev.paybridge.domain.tenant.Scope;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to connect a tenant environment to a gateway, and who registers its webhook there (manual by
 * default). A command that exists has a valid name, provider type and metadata, and no blank credential (which
 * credentials a provider takes, and whether it can register webhooks, is the use case's check).
 */
public record CreateConnectionCommand(
        Scope scope,
        String name,
        String providerType,
        Map<String, String> credentials,
        Map<String, String> metadata,
        SyncConfig syncConfig,
        WebhookSetup.Mode webhookSetup) {
    public CreateConnectionCommand {
        Objects.requireNonNull(scope, "scope");
        credentials = Map.copyOf(credentials);
        metadata = Map.copyOf(metadata);
        syncConfig = syncConfig == null ? SyncConfig.DEFAULT : syncConfig;
        webhookSetup = webhookSetup == null ? WebhookSetup.Mode.MANUAL : webhookSetup;
        Violations violations = new Violations();
        TextRules.checkName(violations, "name", name, Connection.MAX_NAME_LENGTH);
        if (providerType == null || providerType.isBlank()) {
            violations.add("providerType", "is required");
        }
        CredentialValues.check(violations, credentials);
        TextRules.checkMetadata(violations, "metadata", metadata);
        violations.throwIfAny();
    }

    @Override
    public String toString() {
        return "CreateConnectionCommand[" + scope + ", " + name + ", " + providerType + ", credentials hidden]";
    }
}
