package dev.paybridge.application.port.in.tenant;

import dev.paybridge.application.command.TextRules;
import dev.paybridge.application.outcome.Violations;
import dev.paybridge.domain.tenant.Tenant;

/** A new tenant's name: not blank, at most 200 characters, no control characters. */
public record CreateTenantCommand(String name) {
    public CreateTenantCommand {
        Violations violations = new Violations();
        TextRules.checkName(violations, "name", name, Tenant.MAX_NAME_LENGTH);
        violations.throwIfAny();
    }
}
