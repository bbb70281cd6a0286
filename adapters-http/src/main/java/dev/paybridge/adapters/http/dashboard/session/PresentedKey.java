package dev.paybridge.adapters.http.dashboard.session;

import java.util.Objects;

/**
 * The API key a person signed in with, kept only in the server-side session so that every page re-checks it (a
 * revoked key ends its sessions at once); its {@code toString} never shows it.
 */
public final class PresentedKey {
    private final String value;

    public PresentedKey(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return "PresentedKey[hidden]";
    }
}
