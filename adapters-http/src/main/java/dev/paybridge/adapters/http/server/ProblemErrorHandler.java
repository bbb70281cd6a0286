package dev.paybridge.adapters.http.server;

import dev.paybridge.adapters.http.support.Json;
import dev.paybridge.adapters.http.support.Problem;
import dev.paybridge.adapters.http.support.ProblemMapper;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request line, header or URI it cannot parse, a body too slow or too large) as RFC
 * 9457 problem bodies, whatever the method or {@code Accept} header; Jetty's reason is kept, never a cause's text.
 * Each says {@code Connection: close}: after most of these Jetty cannot trust what follows on the connection.
 */
final class ProblemErrorHandler extends ErrorHandler {
    private final ProblemMapper problems;

    ProblemErrorHandler(ProblemMapper problems) {
        this.problems = problems;
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String detail = cause == null && message != null && !message.isBlank() ? message : HttpStatus.getMessage(code);
        Problem problem = problems.problem(code, ProblemMapper.codeFor(code), detail, Map.of());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemMapper.PROBLEM_JSON);
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.write(true, ByteBuffer.wrap(Json.write(problem)), callback);
    }
}
