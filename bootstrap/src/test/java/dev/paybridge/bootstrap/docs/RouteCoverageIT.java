package dev.paybridge.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paybridge.adapters.http.HttpServer;
import dev.paybridge.bootstrap.testing.RunningService;
import dev.paybridge.bootstrap.testing.contract.OpenApiContract;
import dev.paybridge.bootstrap.testing.contract.UndocumentedRoutes;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and the running service's router cannot drift apart: same methods on the same paths. */
class RouteCoverageIT {
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void every_route_the_service_registers_is_an_operation_of_the_document() {
        assertThat(registeredRoutes()).isNotEmpty()
                .allSatisfy(route -> assertThat(OpenApiContract.shipped().operationKeys())
                        .as("registered in Javalin but not in openapi.yaml").contains(route));
    }

    @Test
    void every_operation_of_the_document_is_a_route_the_service_registers() {
        assertThat(OpenApiContract.shipped().operationKeys())
                .allSatisfy(operation -> assertThat(registeredRoutes())
                        .as("in openapi.yaml but not registered in Javalin").contains(operation));
    }

    private static Set<String> registeredRoutes() {
        Set<String> routes = new TreeSet<>();
        service.component(HttpServer.class).endpoints().stream()
                .filter(endpoint -> !UndocumentedRoutes.covers(endpoint.path()))
                .forEach(endpoint -> routes.add(endpoint.method() + " " + endpoint.path()));
        return routes;
    }
}
