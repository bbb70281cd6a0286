package dev.paybridge.bootstrap.config;

/** A configuration value that cannot work; its message names the environment variable to fix. */
public final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String variable, String problem) {
        super(variable + ": " + problem);
    }

    /** For a message that already starts with the variable's name. */
    public ConfigurationException(String message) {
        super(message);
    }
}
