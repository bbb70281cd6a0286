package dev.paybridge.bootstrap.testing.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Holds one exchange with the service to the OpenAPI document and fails the test that made it when they disagree.
 * The operation is found by method and path template; the response must use a status and content type the operation
 * declares and match their schema; a request the server accepted (2xx) must match the request body schema. A request
 * no operation serves must be answered 404 or 405 with a problem body. Paths of {@link UndocumentedRoutes} are not
 * checked.
 */
public final class ExchangeValidator {
    private static final int SHOWN_BODY = 2_000;

    private ExchangeValidator() {
    }

    /** Throws an {@link AssertionError} naming the operation, the status and each disagreement, if there is one. */
    public static void check(String method, String pathAndQuery, String requestContentType, String requestBody,
            int status, String responseContentType, String responseBody) {
        String path = pathAndQuery.split("\\?", 2)[0];
        if (UndocumentedRoutes.covers(path)) {
            return;
        }
        OpenApiContract contract = OpenApiContract.shipped();
        Optional<Operation> found = contract.find(method, path);
        List<String> violations = new ArrayList<>();
        String name;
        if (found.isPresent()) {
            Operation operation = found.get();
            name = operation.name();
            violations.addAll(operation.responseViolations(status, responseContentType, responseBody));
            if (status >= 200 && status < 300) {
                violations.addAll(operation.requestViolations(requestContentType, requestBody));
            }
        } else {
            name = method + " " + path + " (no operation of the document)";
            violations.addAll(contract.unservedRouteViolations(status, responseContentType, responseBody));
        }
        if (!violations.isEmpty()) {
            throw new AssertionError(name + " answered " + status + ", which the OpenAPI document does not allow:\n  - "
                    + String.join("\n  - ", violations) + "\n  response body: " + shown(responseBody)
                    + (requestBody == null ? "" : "\n  request body: " + shown(requestBody)));
        }
    }

    private static String shown(String body) {
        return body == null || body.length() <= SHOWN_BODY ? body : body.substring(0, SHOWN_BODY) + "…";
    }
}
