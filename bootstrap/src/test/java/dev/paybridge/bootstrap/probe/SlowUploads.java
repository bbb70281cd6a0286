package dev.paybridge.bootstrap.probe;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An attacker holding {@code connections} webhook uploads open, each sending its body one byte every
 * {@code byteInterval} and opening a new one as soon as the server answers or closes; one thread, JDK only.
 */
public final class SlowUploads implements AutoCloseable {
    private static final int DECLARED_LENGTH = 1000;
    private static final byte[] BODY = ("{\"id\":\"evt_slow\",\"type\":\"payment_paid\",\"data\":{\"pad\":\""
            + "x".repeat(DECLARED_LENGTH) + "\"}}").getBytes(StandardCharsets.US_ASCII);
    private final InetSocketAddress target;
    private final byte[] headers;
    private final int connections;
    private final long byteIntervalNanos;
    private final Selector selector;
    private final Thread loop;
    private final Map<String, AtomicLong> endings = new ConcurrentHashMap<>();
    private final AtomicLong opened = new AtomicLong();
    private volatile boolean running = true;
    private volatile int open;

    private SlowUploads(URI webhook, int connections, Duration byteInterval) throws IOException {
        this.target = new InetSocketAddress(webhook.getHost(), webhook.getPort());
        this.headers = ("POST " + webhook.getRawPath() + " HTTP/1.1\r\nHost: " + webhook.getHost() + ":"
                + webhook.getPort() + "\r\nContent-Type: application/json\r\nContent-Length: " + DECLARED_LENGTH
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        this.connections = connections;
        this.byteIntervalNanos = byteInterval.toNanos();
        this.selector = Selector.open();
        this.loop = new Thread(this::run, "slow-uploads");
        this.loop.setDaemon(true);
    }

    /** Starts the attack on a webhook URL such as {@code http://127.0.0.1:8080/v1/webhooks/moyasar/t/e}. */
    public static SlowUploads start(URI webhook, int connections, Duration byteInterval) throws IOException {
        SlowUploads uploads = new SlowUploads(webhook, connections, byteInterval);
        uploads.loop.start();
        return uploads;
    }

    /** Uploads open right now. */
    public int open() {
        return open;
    }

    /** Uploads opened since the start, reconnections included. */
    public long opened() {
        return opened.get();
    }

    /** How uploads ended so far: by the status the server answered ("408 application/problem+json"), or "closed". */
    public Map<String, Long> endings() {
        Map<String, Long> copy = new TreeMap<>();
        endings.forEach((ending, count) -> copy.put(ending, count.get()));
        return copy;
    }

    public long ended() {
        return endings.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private void run() {
        try {
            while (running) {
                while (open < connections && running && connect()) {
                    opened.incrementAndGet();
                }
                long now = System.nanoTime();
                for (SelectionKey key : selector.keys()) {
                    Upload upload = (Upload) key.attachment();
                    if (key.isValid() && now >= upload.nextByteAt) {
                        send(key, upload, now);
                    }
                }
                selector.select(20);
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid() && key.isReadable()) {
                        readAnswer(key);
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException broken) {
            endings.computeIfAbsent("attacker failed: " + broken, any -> new AtomicLong()).incrementAndGet();
        } finally {
            for (SelectionKey key : selector.keys()) {
                closeQuietly(key);
            }
        }
    }

    private boolean connect() throws IOException {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(target);
            channel.configureBlocking(false);
            channel.write(ByteBuffer.wrap(headers));
        } catch (IOException refused) {
            endings.computeIfAbsent("connect failed", any -> new AtomicLong()).incrementAndGet();
            return false;
        }
        Upload upload = new Upload();
        SelectionKey key = channel.register(selector, SelectionKey.OP_READ, upload);
        open++;
        send(key, upload, System.nanoTime());
        return true;
    }

    private void send(SelectionKey key, Upload upload, long now) {
        upload.nextByteAt = now + byteIntervalNanos;
        if (upload.sent >= DECLARED_LENGTH) {
            return;
        }
        try {
            ((SocketChannel) key.channel()).write(ByteBuffer.wrap(BODY, upload.sent, 1));
            upload.sent++;
        } catch (IOException reset) {
            end(key, "reset while sending");
        }
    }

    private void readAnswer(SelectionKey key) {
        Upload upload = (Upload) key.attachment();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        try {
            int read = ((SocketChannel) key.channel()).read(buffer);
            if (read < 0) {
                end(key, upload.answer.length() == 0 ? "closed" : describe(upload.answer.toString()));
                return;
            }
            upload.answer.append(new String(buffer.array(), 0, read, StandardCharsets.ISO_8859_1));
            if (upload.answer.indexOf("\r\n\r\n") >= 0) {
                end(key, describe(upload.answer.toString()));
            }
        } catch (IOException reset) {
            end(key, upload.answer.length() == 0 ? "reset" : describe(upload.answer.toString()));
        }
    }

    private static String describe(String answer) {
        String[] lines = answer.split("\r\n");
        String status = lines[0].split(" ").length > 1 ? lines[0].split(" ")[1] : lines[0];
        String type = "";
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                type = " " + line.substring("content-type:".length()).trim().split(";")[0];
            }
        }
        return status + type;
    }

    private void end(SelectionKey key, String ending) {
        endings.computeIfAbsent(ending, any -> new AtomicLong()).incrementAndGet();
        closeQuietly(key);
        open--;
    }

    private static void closeQuietly(SelectionKey key) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        selector.wakeup();
        loop.join(5_000);
    }

    /** One upload's progress. */
    private static final class Upload {
        private final StringBuilder answer = new StringBuilder();
        private long nextByteAt;
        private int sent;
    }
}
