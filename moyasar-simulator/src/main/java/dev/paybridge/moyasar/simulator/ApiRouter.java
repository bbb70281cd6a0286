package dev.paybridge.moyasar.simulator;

import io.javalin.http.HandlerType;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;

/** Declares {@code /v1} endpoints on Javalin's routes, each wrapped in the {@link ApiPipeline}. */
final class ApiRouter {

    private final JavalinDefaultRoutingApi routes;
    private final ApiPipeline pipeline;

    ApiRouter(JavalinDefaultRoutingApi routes, ApiPipeline pipeline) {
        this.routes = routes;
        this.pipeline = pipeline;
    }

    void get(String path, Authenticator.Access access, ApiHandler endpoint) {
        routes.get(path, pipeline.wrap(access, endpoint));
    }

    void post(String path, Authenticator.Access access, ApiHandler endpoint) {
        routes.post(path, pipeline.wrap(access, endpoint));
    }

    void put(String path, Authenticator.Access access, ApiHandler endpoint) {
        routes.put(path, pipeline.wrap(access, endpoint));
    }

    void delete(String path, Authenticator.Access access, ApiHandler endpoint) {
        routes.delete(path, pipeline.wrap(access, endpoint));
    }

    /** Unknown {@code /v1} paths answer Moyasar's 404 (still logged, still subject to faults). */
    void notFoundForTheRest() {
        for (HandlerType type : List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
                HandlerType.DELETE)) {
            routes.addHttpHandler(type, "/v1/*", pipeline.wrap(Authenticator.Access.NONE, (ctx, account) -> {
                throw ApiError.notFound();
            }));
        }
    }
}
