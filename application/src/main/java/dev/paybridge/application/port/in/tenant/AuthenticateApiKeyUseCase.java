package dev.paybridge.application.port.in.tenant;

import dev.paybridge.domain.tenant.Scope;
import java.util.Optional;

/** Resolves a presented API key to the tenant environment it acts in. */
public interface AuthenticateApiKeyUseCase {

    /** The key's scope; empty for an unknown or revoked key. */
    Optional<Scope> authenticate(String presentedKey);
}
