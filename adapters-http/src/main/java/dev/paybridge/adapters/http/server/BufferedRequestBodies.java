package dev.paybridge.adapters.http.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.thread.Invocable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each request body in full before the route runs, holding no thread while it arrives, for Jetty's
 * {@link EagerContentHandler}: a slow sender holds a connection, never a request thread, and only until the idle
 * timeout or the minimum data rate ends it. A body past {@code limit} bytes is read to its end and thrown away, then
 * answered 413, so that its sender, still sending, reads the 413 instead of a connection reset (up to
 * {@link #DRAINED_LIMITS} times the limit); a body too slow gets 408, and a client gone mid-upload costs one debug
 * line.
 * <p>Why not Jetty's own parts: its retaining loader keeps every network buffer a chunk arrived in (a sender of many
 * tiny packets pins far more memory than it sends), where this one copies each chunk and releases it; its
 * {@code MinimumDataRateHandler} divides a server-wide byte count by one request's time (under load a trickle passes),
 * where this one checks each body's own average rate against {@link HttpConfiguration#getMinRequestDataRate()}.
 */
final class BufferedRequestBodies implements EagerContentHandler.ContentLoaderFactory {
    private static final Logger LOG = LoggerFactory.getLogger(BufferedRequestBodies.class);
    private static final long INITIAL_CAPACITY = 8192;
    /**
     * How long any body may take before its rate is judged: a small body sent after its headers, or delayed by a busy
     * client or network, is never refused for the milliseconds it took.
     */
    static final long RATE_GRACE_MS = 5_000;
    /**
     * How many times the limit an oversized body may run to and still be read to its end (and thrown away) before
     * the 413: answered earlier, Jetty closes the connection on unread bytes, and the sender gets a reset, not the 413.
     */
    static final int DRAINED_LIMITS = 4;
    private final int limit;

    BufferedRequestBodies(int limit) {
        this.limit = limit;
    }

    private long drainLimit() {
        return (long) DRAINED_LIMITS * limit;
    }

    @Override
    public String getApplicableMimeType() {
        return null;
    }

    /**
     * None for a body declared larger than {@link #DRAINED_LIMITS} times the limit: it is not read, the route refuses
     * it (413) by its declared length and the connection closes, a reset for a sender that goes on sending.
     */
    @Override
    public EagerContentHandler.ContentLoader newContentLoader(String contentType, String mimeType, Handler handler,
            Request request, Response response, Callback callback) {
        return request.getLength() > drainLimit() ? null
                : new Loader(handler, request, response, callback, limit, drainLimit());
    }

    /** One request's body on its way in. */
    private static final class Loader extends EagerContentHandler.ContentLoader implements Invocable.Task {
        private final int limit;
        private final long drainLimit;
        private final ByteArrayOutputStream body;
        private final long startedNanos = NanoTime.now();
        private long received;

        Loader(Handler handler, Request request, Response response, Callback callback, int limit, long drainLimit) {
            super(handler, request, response, callback);
            this.limit = limit;
            this.drainLimit = drainLimit;
            // grown as bytes arrive: a declared length alone must not make the server allocate
            this.body = new ByteArrayOutputStream((int) Math.max(0, Math.min(request.getLength(), INITIAL_CAPACITY)));
        }

        @Override
        protected void load() {
            read(false);
        }

        /** Jetty calls this when more of the body has arrived, possibly on a selector thread: it never blocks. */
        @Override
        public void run() {
            read(true);
        }

        @Override
        public InvocationType getInvocationType() {
            return InvocationType.NON_BLOCKING;
        }

        private void read(boolean onDemandThread) {
            while (true) {
                Content.Chunk chunk = getRequest().read();
                if (chunk == null) {
                    if (tooSlow()) {
                        LOG.debug("request body of {} {} too slow: {} bytes in {} ms", getRequest().getMethod(),
                                getRequest().getHttpURI().getPath(), received, NanoTime.millisSince(startedNanos));
                        refuse(HttpStatus.REQUEST_TIMEOUT_408, "the request body arrived too slowly");
                        return;
                    }
                    getRequest().demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    failed(chunk);
                    return;
                }
                boolean last = chunk.isLast();
                received += chunk.remaining();
                if (received <= limit) {
                    copy(chunk.getByteBuffer());
                }
                chunk.release();
                if (received > drainLimit || (last && received > limit)) {
                    refuse(HttpStatus.PAYLOAD_TOO_LARGE_413, "the request body is larger than " + limit + " bytes");
                    return;
                }
                if (last) {
                    Request whole = new BufferedRequest(getRequest(), body.toByteArray());
                    if (onDemandThread) {
                        getRequest().getContext().execute(() -> handle(whole, getResponse(), getCallback()));
                    } else {
                        handle(whole, getResponse(), getCallback());
                    }
                    return;
                }
            }
        }

        /**
         * Past the grace period, below the minimum rate on average since the body was awaited; Jetty's idle timeout
         * ends a silent one.
         */
        private boolean tooSlow() {
            long minimumRate = getRequest().getConnectionMetaData().getHttpConfiguration().getMinRequestDataRate();
            long elapsed = NanoTime.millisSince(startedNanos);
            return minimumRate > 0 && elapsed >= RATE_GRACE_MS && received < minimumRate * elapsed / 1000;
        }

        private void copy(ByteBuffer content) {
            try {
                BufferUtil.writeTo(content, body);
            } catch (IOException impossible) {
                throw new IllegalStateException("a byte array stream cannot fail", impossible);
            }
        }

        private void failed(Content.Chunk chunk) {
            Throwable failure = chunk.getFailure();
            if (!chunk.isLast()) {
                getRequest().fail(failure);
            }
            boolean tooSlow = failure instanceof TimeoutException || failure.getCause() instanceof TimeoutException;
            LOG.debug("request body of {} {} not received: {}", getRequest().getMethod(),
                    getRequest().getHttpURI().getPath(), failure.toString());
            refuse(tooSlow ? HttpStatus.REQUEST_TIMEOUT_408 : HttpStatus.BAD_REQUEST_400,
                    tooSlow ? "the request body arrived too slowly" : "the request body was cut short");
        }

        private void refuse(int status, String reason) {
            Response.writeError(getRequest(), getResponse(), getCallback(), status, reason);
        }
    }

    /** The request as the route sees it: its body already here, in one chunk. */
    private static final class BufferedRequest extends Request.Wrapper {
        private Content.Chunk remaining;

        BufferedRequest(Request wrapped, byte[] body) {
            super(wrapped);
            this.remaining = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk next = remaining;
            remaining = Content.Chunk.EOF;
            return next;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }
    }
}
