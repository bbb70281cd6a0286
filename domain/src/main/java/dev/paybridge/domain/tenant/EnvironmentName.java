package dev.paybridge.domain.tenant;

/** The two environments every tenant has. */
public enum EnvironmentName {
    SANDBOX, PRODUCTION;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
