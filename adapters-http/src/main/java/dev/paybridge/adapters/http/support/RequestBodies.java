package dev.paybridge.adapters.http.support;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/** Reads a request body once, bounded before anything parses it, and checks that it claims to be JSON. */
public final class RequestBodies {
    public static final int DEFAULT_LIMIT = 1024 * 1024;

    private RequestBodies() {
    }

    /** The raw body; 413 past {@code limit} bytes, 415 for a content type that is not JSON. */
    public static byte[] read(Context ctx, int limit) {
        requireJsonContentType(ctx);
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw new PayloadTooLargeException(limit);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw new PayloadTooLargeException(limit);
            }
            return body;
        } catch (IOException broken) {
            throw new UnreadableBodyException(broken);
        }
    }

    private static void requireJsonContentType(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            return;
        }
        String mediaType = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            throw new UnsupportedMediaTypeException(mediaType);
        }
    }

    /** A body over the limit: answered 413. */
    public static final class PayloadTooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PayloadTooLargeException(int limit) {
            super("the request body is larger than " + limit + " bytes", null, false, false);
        }
    }

    /** A body that does not claim to be JSON: answered 415. */
    public static final class UnsupportedMediaTypeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnsupportedMediaTypeException(String mediaType) {
            super("expected Content-Type application/json, got " + mediaType, null, false, false);
        }
    }

    /** A body the client stopped sending (gone, or too slow): answered 400 or 408, logged in one debug line. */
    public static final class UnreadableBodyException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean tooSlow;

        UnreadableBodyException(IOException cause) {
            super(cause.toString(), cause, false, false);
            this.tooSlow = cause instanceof InterruptedIOException
                    || cause.getCause() instanceof TimeoutException;
        }

        public int status() {
            return tooSlow ? 408 : 400;
        }

        public String detail() {
            return tooSlow ? "the request body arrived too slowly" : "the request body was cut short";
        }
    }

    /** Refuses a missing body the same way as malformed JSON. */
    static InvalidRequestException emptyBody() {
        return RequestErrors.single("body", "must be a JSON object");
    }
}
