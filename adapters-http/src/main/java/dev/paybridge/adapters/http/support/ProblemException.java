package dev.paybridge.adapters.http.support;

/** A route's own answer that is a problem (its status, code and detail), written by {@link ProblemMapper}. */
public final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    public ProblemException(int status, String code, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
