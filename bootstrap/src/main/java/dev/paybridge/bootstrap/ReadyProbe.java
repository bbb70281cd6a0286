package dev.paybridge.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One request to a running service's own {@code /ready}, as a load balancer would make it. */
final class ReadyProbe {
    static final int READY = 200;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private ReadyProbe() {
    }

    /** The answer of {@code /ready}: its status and body. */
    record Answer(int status, String body) {
    }

    /** Asks {@code /ready} on the address the service is bound to (the loopback one when it listens on all). */
    static Answer ask(String bindAddress, int port) {
        try {
            InetAddress bound = InetAddress.getByName(bindAddress);
            InetAddress target = bound.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bound;
            String host = target instanceof Inet6Address ? "[" + target.getHostAddress() + "]"
                    : target.getHostAddress();
            HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/ready"))
                    .timeout(TIMEOUT).GET().build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException unanswered) {
            throw new UncheckedIOException("/ready did not answer: " + unanswered.getMessage(), unanswered);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking /ready", interrupted);
        }
    }
}
