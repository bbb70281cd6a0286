package dev.paybridge.application.problem;

import java.util.List;
import java.util.Map;

/** A request that paybridge refuses (bad input, an unknown id, a conflict); it changed nothing. */
public class RequestRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Refusal refusal;
    private final transient Map<String, List<String>> fieldErrors;

    public RequestRefusedException(Refusal refusal, String detail, Map<String, List<String>> fieldErrors) {
        super(detail, null, false, false);
        this.refusal = refusal;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public RequestRefusedException(Refusal refusal, String detail) {
        this(refusal, detail, Map.of());
    }

    public static RequestRefusedException notFound(String what) {
        return new RequestRefusedException(Refusal.NOT_FOUND, what + " not found");
    }

    public Refusal refusal() {
        return refusal;
    }

    /** Messages by JSON path of the offending field; empty unless the refusal is a validation error. */
    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }
}
