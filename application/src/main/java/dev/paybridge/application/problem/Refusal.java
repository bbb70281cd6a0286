package dev.paybridge.application.problem;

/** Why a request was refused; each has one problem {@code code} and one HTTP status, mapped in the HTTP adapter. */
public enum Refusal {
    VALIDATION_ERROR,
    NOT_FOUND,
    ALREADY_EXISTS,
    CONFLICT,
    INVALID_STATE,
    NO_CONNECTION,
    GATEWAY_REJECTED,
    GATEWAY_UNAVAILABLE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
