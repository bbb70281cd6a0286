package dev.paybridge.application.port.out.jobs;

import dev.paybridge.domain.tenant.Scope;
import java.util.Objects;

/** Names one job: there is at most one of each kind per subject in a tenant environment. */
public record JobKey(Scope scope, JobKind kind, String subject) {
    public static final int MAX_SUBJECT_LENGTH = 320;

    public JobKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        if (subject.isEmpty() || subject.length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("a job subject is 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
    }
}
