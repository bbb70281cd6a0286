package dev.paybridge.adapters.http.auth;

import dev.paybridge.domain.tenant.SecretHash;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Authenticates an operator's route with {@code Authorization: Bearer <token>}, compared by hash in constant time:
 * the admin token for {@code /admin/v1/…}, the metrics token for {@code /metrics}.
 */
public final class BearerTokenAuthentication implements Handler {
    private static final String BEARER = "Bearer ";
    private final String tokenHash;
    private final String refusal;

    /** {@code tokenName} says which token is missing, as in "a valid admin bearer token is required". */
    public BearerTokenAuthentication(String tokenHash, String tokenName) {
        this.tokenHash = tokenHash;
        this.refusal = "a valid " + tokenName + " bearer token is required";
    }

    @Override
    public void handle(Context ctx) {
        String header = ctx.header("Authorization");
        String token = header != null && header.startsWith(BEARER) ? header.substring(BEARER.length()).trim() : null;
        if (!SecretHash.matches(token, tokenHash)) {
            throw AccessDeniedException.unauthorized(refusal);
        }
    }
}
