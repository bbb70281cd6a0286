package dev.paybridge.moyasar.simulator;

import java.util.List;
import java.util.Map;

/** A Moyasar error answer ({@code {"type","message","errors"}} with its HTTP status), thrown by use cases. */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final transient Map<String, List<String>> errors;

    private ApiError(int status, String type, String message, Map<String, List<String>> errors) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.errors = errors == null ? null : Map.copyOf(errors);
    }

    static ApiError notFound() {
        return new ApiError(404, "api_error", "Object not found", null);
    }

    static ApiError invalidRequest(String message) {
        return new ApiError(400, "invalid_request_error", message, null);
    }

    static ApiError validation(Map<String, List<String>> errors) {
        return new ApiError(400, "invalid_request_error", "Validation Failed", errors);
    }

    static ApiError unauthenticated() {
        return new ApiError(401, "authentication_error", "Invalid authorization credentials", null);
    }

    static ApiError forbidden(String message) {
        return new ApiError(403, "authentication_error", message, null);
    }

    static ApiError usedGivenId() {
        return new ApiError(400, "used_given_id", "The given_id has already been used", null);
    }

    /** A wrong, expired or exhausted webhook verification code (docs: api/other/webhooks/verify-webhook). */
    static ApiError verificationInvalid() {
        return new ApiError(400, "webhook_verification_invalid", "Verification code is incorrect", null);
    }

    static ApiError internal(String message) {
        return new ApiError(500, "api_error", message, null);
    }

    /** The error Moyasar would answer with for a status forced by a fault. */
    static ApiError simulated(int status) {
        switch (status) {
            case 400: return invalidRequest("Simulated bad request");
            case 401: return unauthenticated();
            case 403: return forbidden("Simulated forbidden request");
            case 404: return notFound();
            case 405: return new ApiError(405, "account_inactive_error", "Account is inactive", null);
            case 429: return new ApiError(429, "rate_limit_error", "Too many requests", null);
            case 500: return internal("Internal server error");
            case 502: return new ApiError(502, "api_error", "Bad gateway", null);
            case 503: return new ApiError(503, "api_error", "Service unavailable", null);
            case 504: return new ApiError(504, "api_error", "Gateway timeout", null);
            default: return new ApiError(status, status >= 500 ? "api_error" : "invalid_request_error",
                    "Simulated failure", null);
        }
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    /** Field errors, or null when Moyasar sends {@code "errors": null}. */
    Map<String, List<String>> errors() {
        return errors;
    }
}
