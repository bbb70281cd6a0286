package dev.paybridge.adapters.http;

import io.javalin.config.RoutesConfig;

/** A set of related routes that registers itself on the server. */
public interface RouteGroup {

    void register(RoutesConfig routes);
}
