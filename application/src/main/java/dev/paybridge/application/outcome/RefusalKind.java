package dev.paybridge.application.outcome;

/** The kinds of refusal; each is answered one way by each driving adapter (the HTTP adapter maps it to a status). */
public enum RefusalKind {
    /** The input breaks a rule; {@link Refusal#violations()} names the fields. */
    VALIDATION_ERROR,
    /** No such object in the caller's tenant environment. */
    NOT_FOUND,
    /** Such an object exists already (one active connection per provider). */
    ALREADY_EXISTS,
    /** The request conflicts with an earlier one (an idempotency key reused with another body). */
    CONFLICT,
    /** The object is not in a state that allows this. */
    INVALID_STATE,
    /** The environment has no active connection to do this with. */
    NO_CONNECTION,
    /** The gateway definitely refused. */
    GATEWAY_REJECTED,
    /** The gateway could not be asked, or did not answer in time; the outcome may be retried. */
    GATEWAY_UNAVAILABLE
}
