package dev.paybridge.moyasar.simulator;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/** Closes a request's TCP connection without an answer, so the client sees an I/O error. */
final class ConnectionDropper {

    private ConnectionDropper() {
    }

    static void drop(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        EndPoint endPoint = request == null ? null : request.getServletChannel().getEndPoint();
        if (endPoint != null) {
            endPoint.close();
        }
    }
}
