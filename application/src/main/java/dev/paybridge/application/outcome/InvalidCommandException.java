package dev.paybridge.application.outcome;

import java.util.Objects;

/**
 * Thrown by a command's constructor when its input breaks a rule, so that a command that exists is valid. It is
 * raised where the caller builds the command, before any use case runs, and carries the validation refusal.
 */
public final class InvalidCommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Refusal refusal;

    public InvalidCommandException(Refusal refusal) {
        super(Objects.requireNonNull(refusal, "refusal").detail(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
