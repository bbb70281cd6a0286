package dev.paybridge.adapters.http.auth;

import dev.paybridge.application.port.in.tenant.AuthenticateApiKeyUseCase;
import dev.paybridge.domain.tenant.Scope;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** Authenticates the tenant API: {@code x-api-key} decides the scope; a different {@code X-Environment-ID} is refused. */
public final class ApiKeyAuthentication implements Handler {
    private static final String SCOPE = "paybridge.scope";
    private final AuthenticateApiKeyUseCase authenticate;

    public ApiKeyAuthentication(AuthenticateApiKeyUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public void handle(Context ctx) {
        Scope scope = authenticate.authenticate(ctx.header("x-api-key"))
                .orElseThrow(() -> AccessDeniedException.unauthorized("a valid x-api-key header is required"));
        String environment = ctx.header("X-Environment-ID");
        if (environment != null && !environment.equals(scope.environmentId().value())) {
            throw AccessDeniedException.forbidden("this API key belongs to another environment than X-Environment-ID");
        }
        ctx.attribute(SCOPE, scope);
    }

    /** The scope the authenticated request acts in. */
    public static Scope scope(Context ctx) {
        Scope scope = ctx.attribute(SCOPE);
        if (scope == null) {
            throw new IllegalStateException("route " + ctx.path() + " is not behind API-key authentication");
        }
        return scope;
    }
}
