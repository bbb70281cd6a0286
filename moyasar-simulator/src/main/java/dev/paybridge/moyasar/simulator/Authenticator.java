package dev.paybridge.moyasar.simulator;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** HTTP Basic authentication with the API key as user name: which account calls, and may its key do this. */
final class Authenticator {

    /** Which keys an endpoint accepts. */
    enum Access { SECRET_KEY, ANY_KEY, NONE }

    private final SimulatorState state;

    Authenticator(SimulatorState state) {
        this.state = state;
    }

    /** The calling account; 401 for a missing or unknown key, 403 for a publishable key on a secret operation. */
    StoredAccount authenticate(Context ctx, Access access) {
        if (access == Access.NONE) {
            return null;
        }
        String key = apiKey(ctx.header("Authorization")).orElseThrow(ApiError::unauthenticated);
        StoredAccount account = state.accountByKey(key).orElseThrow(ApiError::unauthenticated);
        if (key.startsWith("pk_") && access == Access.SECRET_KEY) {
            throw ApiError.forbidden("This operation requires a secret API key; publishable keys can only create "
                    + "payments");
        }
        return account;
    }

    static Optional<String> apiKey(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String user = colon < 0 ? decoded : decoded.substring(0, colon);
            return user.isEmpty() ? Optional.empty() : Optional.of(user);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The Authorization header as logged: the scheme and the key's prefix, e.g. {@code Basic sk_test_…}. */
    static String redact(String authorization) {
        return apiKey(authorization)
                .map(key -> {
                    int second = key.indexOf('_', key.indexOf('_') + 1);
                    return "Basic " + (second > 0 ? key.substring(0, second + 1) : "") + "…";
                })
                .orElse("[redacted]");
    }
}
