package dev.paybridge.application.port.out.persistence;

/**
 * A store refused because the connection that verified the webhook is no longer active with the secrets that verified
 * it. Thrown inside the storing transaction, which must roll back: nothing of the store remains.
 */
public final class VerifierChangedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VerifierChangedException(WebhookVerifier verifier) {
        super("connection " + verifier.connectionId() + " changed after it verified the webhook", null, false, false);
    }
}
