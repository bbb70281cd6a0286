package dev.paybridge.adapters.http.support;

import java.util.List;
import java.util.Map;

/** A request that breaks the API's rules: answered 400 {@code validation_error} naming each field by its JSON path. */
public final class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, List<String>> errors;

    public InvalidRequestException(Map<String, List<String>> errors) {
        super(detail(errors), null, false, false);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, List<String>> errors() {
        return errors;
    }

    private static String detail(Map<String, List<String>> errors) {
        String first = errors.keySet().iterator().next();
        return "invalid value for " + first + (errors.size() > 1 ? " and " + (errors.size() - 1) + " more field(s)" : "");
    }
}
