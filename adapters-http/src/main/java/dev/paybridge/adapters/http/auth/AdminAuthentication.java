package dev.paybridge.adapters.http.auth;

import dev.paybridge.domain.tenant.SecretHash;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** Authenticates the operator API: {@code Authorization: Bearer <admin token>}, compared by hash in constant time. */
public final class AdminAuthentication implements Handler {
    private static final String BEARER = "Bearer ";
    private final String adminTokenHash;

    public AdminAuthentication(String adminTokenHash) {
        this.adminTokenHash = adminTokenHash;
    }

    @Override
    public void handle(Context ctx) {
        String header = ctx.header("Authorization");
        String token = header != null && header.startsWith(BEARER) ? header.substring(BEARER.length()).trim() : null;
        if (!SecretHash.matches(token, adminTokenHash)) {
            throw AccessDeniedException.unauthorized("a valid admin bearer token is required");
        }
    }
}
