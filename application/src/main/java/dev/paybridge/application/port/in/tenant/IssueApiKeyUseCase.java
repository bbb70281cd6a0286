package dev.paybridge.application.port.in.tenant;

import dev.paybridge.application.outcome.Outcome;

/** Issues an API key for one environment of a tenant (operator API). */
public interface IssueApiKeyUseCase {

    /** The key; refuses an unknown tenant (not found) or an environment of another tenant (validation). */
    Outcome<IssuedApiKey> issueApiKey(IssueApiKeyCommand command);
}
