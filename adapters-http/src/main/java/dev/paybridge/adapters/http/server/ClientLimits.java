package dev.paybridge.adapters.http.server;

import dev.paybridge.adapters.http.support.ProblemMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.config.JettyConfig;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;

/**
 * What one client can hold of the server: a connection idle for {@link #IDLE_TIMEOUT_MS} is closed, a body is read
 * before any request thread is taken and must arrive at {@link #MIN_REQUEST_DATA_RATE} bytes per second or better,
 * and the server's own errors are problem bodies. Jetty's connector, {@code HttpConfiguration},
 * {@code EagerContentHandler} and {@code ErrorHandler}, applied to Javalin's Jetty.
 */
public final class ClientLimits {
    /** Closes a connection that sends nothing for this long (Jetty's default: 30 s). */
    public static final long IDLE_TIMEOUT_MS = 10_000;
    /** A body arriving more slowly than this, on average since it began, is answered 408. */
    public static final long MIN_REQUEST_DATA_RATE = 1024;

    private ClientLimits() {
    }

    /** Listens where Javalin's {@code start(host, port)} says, with the limits above; bodies up to {@code bodyLimit}. */
    public static void apply(JavalinConfig config, int bodyLimit, ProblemMapper problems) {
        JettyConfig jetty = config.jetty;
        jetty.addConnector((server, httpConfiguration) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(httpConfiguration));
            connector.setHost(jetty.host);
            connector.setPort(jetty.port);
            connector.setIdleTimeout(IDLE_TIMEOUT_MS);
            return connector;
        });
        jetty.modifyHttpConfiguration(http -> http.setMinRequestDataRate(MIN_REQUEST_DATA_RATE));
        jetty.modifyServer(server -> {
            server.setErrorHandler(new ProblemErrorHandler(problems));
            server.insertHandler(new EagerContentHandler(new BufferedRequestBodies(bodyLimit)));
        });
    }
}
